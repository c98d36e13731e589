extension ScreenBuffer {
    /// What ``putGraphemes(_:row:column:limit:style:role:)`` does, for text that is all ASCII:
    /// there every byte is a grapheme of its own (but CR LF, one grapheme) and a printable byte
    /// is one cell, so no grapheme breaking or width look-up is needed. A control byte (or CR LF)
    /// is stored as U+FFFD. `nil` when the text is not all ASCII.
    mutating func putASCII(_ text: String, row: Int, column: Int, limit: Int, style: Style, role: Role) -> Int? {
        let end = text.utf8.withContiguousStorageIfAvailable { bytes -> Int? in
            guard DisplayWidth.isASCII(bytes) else { return nil }
            let texts = ASCIICells.texts
            var position = column
            var index = 0
            while index < bytes.count, position < limit {
                let byte = bytes[index]
                index += 1
                if byte == 0x0D, index < bytes.count, bytes[index] == 0x0A { index += 1 }
                if position >= 0 {
                    store(Cell(texts[Int(byte)], style: style, role: role), row: row, column: position)
                }
                position += 1
            }
            return position
        }
        return end ?? nil
    }
}
