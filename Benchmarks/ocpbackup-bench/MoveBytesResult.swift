/// Bytes one ↓ key causes in a real program on a pseudo-terminal (the same counter for the
/// console and for `dialog --menu`).
struct MoveBytesResult: Codable, Sendable {
    /// `ocpbackup` or `dialog --menu`.
    let program: String
    /// Terminal size, columns×rows.
    let size: String
    /// Items in the list.
    let items: Int
    /// Bytes after each of the keys.
    let bytesPerMove: [Int]

    /// The median of the moves.
    var median: Int {
        let sorted = bytesPerMove.sorted()
        return sorted.isEmpty ? 0 : sorted[sorted.count / 2]
    }
}
