extension ScreenBuffer {
    /// Writes `spans` one after another on `row` from `column`, clipped to `maxWidth` cells, and
    /// returns the column after the last cell written.
    @discardableResult
    mutating func put(spans: [Span], row: Int, column: Int, maxWidth: Int) -> Int {
        var position = column
        let limit = column + max(0, maxWidth)
        for span in spans where position < limit {
            position = put(span.text, row: row, column: position, style: span.style, role: span.role, maxWidth: limit - position)
        }
        return position
    }

    /// Writes `text` centred in `width` cells from `column`.
    mutating func putCentered(_ text: String, row: Int, column: Int, width: Int, role: Role = .normal, style: Style = []) {
        let fitted = DisplayWidth.truncate(text, toWidth: width)
        let left = column + max(0, (width - DisplayWidth.width(of: fitted)) / 2)
        put(fitted, row: row, column: left, style: style, role: role, maxWidth: width)
    }
}
