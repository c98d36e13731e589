import OCPAPI

extension ScreenBuffer {
    /// Writes `text` on one row from `column` on, and returns the column after the last cell
    /// written.
    ///
    /// The text is clipped to the buffer and to `maxWidth` cells. Wide graphemes take two cells;
    /// one that would straddle the right limit (or the left edge) is drawn as a space. Control
    /// and format characters are stored as U+FFFD, so nothing stored can move a terminal's
    /// cursor; combining marks with no character before them are dropped.
    @discardableResult
    public mutating func put(
        _ text: String, row: Int, column: Int, style: Style = [], role: Role = .normal, maxWidth: Int? = nil
    ) -> Int {
        guard row >= 0, row < size.rows else { return column }
        let limit = min(size.columns, maxWidth.map { column + max(0, $0) } ?? size.columns)
        if let end = putASCII(text, row: row, column: column, limit: limit, style: style, role: role) { return end }
        return putGraphemes(text, row: row, column: column, limit: limit, style: style, role: role)
    }

    /// What ``put(_:row:column:style:role:maxWidth:)`` does for any text, one grapheme at a time,
    /// up to column `limit` on a row inside the buffer.
    mutating func putGraphemes(_ text: String, row: Int, column: Int, limit: Int, style: Style, role: Role) -> Int {
        var position = column
        for character in text {
            guard position < limit else { break }
            var grapheme = String(character)
            var width = DisplayWidth.width(of: character)
            if character.unicodeScalars.contains(where: TextSanitizer.isUnsafe) {
                grapheme = "\u{FFFD}"
                width = 1
            }
            guard width > 0 else { continue }
            if position < 0 {
                position += width
                if position > 0, position <= limit {
                    store(Cell(" ", style: style, role: role), row: row, column: 0)
                }
                continue
            }
            if width == 2 {
                if position + 1 >= limit {
                    store(Cell(" ", style: style, role: role), row: row, column: position)
                    return position + 1
                }
                storeWide(grapheme, row: row, column: position, style: style, role: role)
            } else {
                store(Cell(grapheme, style: style, role: role), row: row, column: position)
            }
            position += width
        }
        return position
    }

    /// Covers `rect` (clipped to the buffer) with `character`, `style` and `role`.
    public mutating func fill(_ rect: Rect, with character: Character = " ", style: Style = [], role: Role = .normal) {
        let area = rect.intersection(Rect(row: 0, column: 0, size: size))
        guard !area.isEmpty else { return }
        if let cell = Self.narrowCell(character, style: style, role: role) {
            for row in area.row..<area.bottom {
                repeatCell(cell, row: row, column: area.column, count: area.size.columns)
            }
            return
        }
        let width = max(1, DisplayWidth.width(of: character))
        let line = String(repeating: String(character), count: (area.size.columns + width - 1) / width)
        for row in area.row..<area.bottom {
            put(line, row: row, column: area.column, style: style, role: role, maxWidth: area.size.columns)
        }
    }

    /// Covers the whole buffer with blank cells of `role`.
    public mutating func clear(role: Role = .normal) {
        fill(Rect(row: 0, column: 0, size: size), role: role)
    }
}
