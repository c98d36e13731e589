extension ScreenBuffer {
    /// The text of row `index` (trailing spaces kept), or an empty string outside the buffer.
    /// A wide grapheme appears once, for its two cells.
    public func row(_ index: Int) -> String {
        guard index >= 0, index < size.rows else { return "" }
        var line = ""
        for column in 0..<size.columns {
            let cell = cells[index * size.columns + column]
            if !cell.isContinuation { line += cell.text }
        }
        return line
    }

    /// All rows joined by newlines, trailing spaces kept so the frame width shows in diffs.
    public var text: String {
        (0..<size.rows).map(row).joined(separator: "\n")
    }

    /// The text with its attribute layer, for golden tests. Every row gives a `T|…|` line with
    /// its text, then an `R|…|` line with one ``Role/mark`` per cell, then, when any cell in
    /// the row has a style, an `S|…|` line with one ``Style/mark`` per cell. Both cells of a wide
    /// grapheme carry its marks. The `|` at the end keeps trailing spaces visible.
    public var annotated: String {
        var lines: [String] = []
        for rowIndex in 0..<size.rows {
            let rowCells = cells[(rowIndex * size.columns)..<((rowIndex + 1) * size.columns)]
            lines.append("T|" + row(rowIndex) + "|")
            lines.append("R|" + String(rowCells.map(\.role.mark)) + "|")
            if rowCells.contains(where: { !$0.style.isEmpty }) {
                lines.append("S|" + String(rowCells.map(\.style.mark)) + "|")
            }
        }
        return lines.joined(separator: "\n")
    }

    /// The position of the first cell where `needle` starts, searching row by row, or `nil`.
    /// Matches whole graphemes within one row.
    public func find(_ needle: String) -> CellPosition? {
        let wanted = Array(needle)
        guard !wanted.isEmpty else { return nil }
        for rowIndex in 0..<size.rows {
            var graphemes: [(column: Int, text: String)] = []
            for column in 0..<size.columns {
                let cell = cells[rowIndex * size.columns + column]
                if !cell.isContinuation { graphemes.append((column, cell.text)) }
            }
            guard graphemes.count >= wanted.count else { continue }
            for start in 0...(graphemes.count - wanted.count) {
                let matches = wanted.indices.allSatisfy { String(wanted[$0]) == graphemes[start + $0].text }
                if matches { return CellPosition(row: rowIndex, column: graphemes[start].column) }
            }
        }
        return nil
    }
}
