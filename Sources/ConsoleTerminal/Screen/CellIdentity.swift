import ConsoleUI

/// A cheap first test for "this cell did not change": two cells whose text storage, style and
/// role are bit for bit the same are equal (the same small string, or the same string buffer),
/// without calling `String`'s equality. Cells that differ in their bits are compared with `==`.
enum CellIdentity {
    private static let textOffset = MemoryLayout<Cell>.offset(of: \Cell.text)
    private static let styleOffset = MemoryLayout<Cell>.offset(of: \Cell.style)
    private static let roleOffset = MemoryLayout<Cell>.offset(of: \Cell.role)
    private static let canCompareBits =
        MemoryLayout<String>.size == 16 && MemoryLayout<Style>.size == 1 && MemoryLayout<Role>.size == 1 && textOffset != nil
        && styleOffset != nil && roleOffset != nil

    /// Whether the cells at `left` and `right` are equal.
    static func equal(_ left: UnsafePointer<Cell>, _ right: UnsafePointer<Cell>) -> Bool {
        guard canCompareBits, let text = textOffset, let style = styleOffset, let role = roleOffset else { return left.pointee == right.pointee }
        let leftBytes = UnsafeRawPointer(left)
        let rightBytes = UnsafeRawPointer(right)
        if leftBytes.loadUnaligned(fromByteOffset: text, as: UInt64.self) == rightBytes.loadUnaligned(fromByteOffset: text, as: UInt64.self),
            leftBytes.loadUnaligned(fromByteOffset: text + 8, as: UInt64.self)
                == rightBytes.loadUnaligned(fromByteOffset: text + 8, as: UInt64.self),
            leftBytes.load(fromByteOffset: style, as: UInt8.self) == rightBytes.load(fromByteOffset: style, as: UInt8.self),
            leftBytes.load(fromByteOffset: role, as: UInt8.self) == rightBytes.load(fromByteOffset: role, as: UInt8.self)
        {
            return true
        }
        return left.pointee == right.pointee
    }
}
