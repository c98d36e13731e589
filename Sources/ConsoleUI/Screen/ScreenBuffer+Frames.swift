extension ScreenBuffer {
    /// Draws a frame along the edges of `rect` with `lines`, with an optional `title` set into
    /// the top edge (` title `, clipped to fit). The inside is left as it is.
    public mutating func box(
        _ rect: Rect, lines: LineSet, style: Style = [], role: Role = .border, title: String? = nil, titleRole: Role = .header
    ) {
        guard rect.size.rows >= 2, rect.size.columns >= 2 else { return }
        let top = rect.row
        let bottom = rect.bottom - 1
        let left = rect.column
        let right = rect.right - 1
        horizontalLine(row: top, column: left + 1, length: rect.size.columns - 2, lines: lines, style: style, role: role)
        horizontalLine(row: bottom, column: left + 1, length: rect.size.columns - 2, lines: lines, style: style, role: role)
        verticalLine(row: top + 1, column: left, length: rect.size.rows - 2, lines: lines, style: style, role: role)
        verticalLine(row: top + 1, column: right, length: rect.size.rows - 2, lines: lines, style: style, role: role)
        putRepeated(lines.topLeft, count: 1, row: top, column: left, style: style, role: role)
        putRepeated(lines.topRight, count: 1, row: top, column: right, style: style, role: role)
        putRepeated(lines.bottomLeft, count: 1, row: bottom, column: left, style: style, role: role)
        putRepeated(lines.bottomRight, count: 1, row: bottom, column: right, style: style, role: role)
        if let title, !title.isEmpty, rect.size.columns > 4 {
            put(" \(title) ", row: top, column: left + 1, style: style, role: titleRole, maxWidth: rect.size.columns - 2)
        }
    }

    /// Draws a horizontal line of `length` cells from `row`, `column` to the right.
    public mutating func horizontalLine(
        row: Int, column: Int, length: Int, lines: LineSet, style: Style = [], role: Role = .border
    ) {
        guard length > 0 else { return }
        putRepeated(lines.horizontal, count: length, row: row, column: column, style: style, role: role, maxWidth: length)
    }

    /// Draws a vertical line of `length` cells from `row`, `column` downwards.
    public mutating func verticalLine(
        row: Int, column: Int, length: Int, lines: LineSet, style: Style = [], role: Role = .border
    ) {
        guard length > 0 else { return }
        guard let cell = Self.narrowCell(lines.vertical, style: style, role: role) else {
            for offset in 0..<length {
                put(String(lines.vertical), row: row + offset, column: column, style: style, role: role, maxWidth: 1)
            }
            return
        }
        let first = max(0, row)
        let end = min(size.rows, row + length)
        guard column >= 0, column < size.columns, first < end else { return }
        for line in first..<end {
            store(cell, row: line, column: column)
        }
    }
}
