import OCPAPI

extension ScreenBuffer {
    /// Writes `count` copies of `character` as ``put(_:row:column:style:role:maxWidth:)`` writes
    /// them as one string; a narrow character is measured once and stored cell by cell.
    mutating func putRepeated(
        _ character: Character, count: Int, row: Int, column: Int, style: Style, role: Role, maxWidth: Int? = nil
    ) {
        guard count > 0, row >= 0, row < size.rows else { return }
        if let cell = Self.narrowCell(character, style: style, role: role) {
            repeatCell(cell, row: row, column: column, count: min(count, maxWidth.map { max(0, $0) } ?? count))
        } else {
            put(String(repeating: String(character), count: count), row: row, column: column, style: style, role: role, maxWidth: maxWidth)
        }
    }

    /// Stores `cell` (narrow) in `count` columns from `column` on, clipped to the row.
    mutating func repeatCell(_ cell: Cell, row: Int, column: Int, count: Int) {
        let start = max(0, column)
        let end = min(size.columns, column + count)
        guard start < end else { return }
        for position in start..<end {
            store(cell, row: row, column: position)
        }
    }

    /// The cell `character` is drawn as, when it is one cell wide, safe to draw, and copies of it
    /// side by side stay separate graphemes (so a run of it takes one cell per copy); else `nil`.
    static func narrowCell(_ character: Character, style: Style, role: Role) -> Cell? {
        let bytes = character.utf8
        if bytes.count == 1, let byte = bytes.first {
            return byte >= 0x20 && byte < 0x7F ? Cell(ASCIICells.text(of: byte), style: style, role: role) : nil
        }
        guard DisplayWidth.width(of: character) == 1, !character.unicodeScalars.contains(where: TextSanitizer.isUnsafe),
            "\(character)\(character)".count == 2
        else { return nil }
        return Cell(String(character), style: style, role: role)
    }
}
