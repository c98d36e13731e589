extension ScreenBuffer {
    /// ASCII stand-ins for the symbols the screens use, one cell each.
    static let asciiSymbols: [String: String] = [
        "·": ".", "✓": "+", "✗": "x", "▶": ">", "…": "~", "›": ">", "•": "*", "⊘": "-", "→": ">", "▲": "^", "×": "x",
        "─": "-", "│": "|", "┌": "+", "┐": "+", "└": "+", "┘": "+", "├": "+", "┤": "+", "–": "-", "↪": ">", "↑": "^", "↓": "v", "\u{FFFD}": "?",
        "█": "#", "░": ".", "‖": "=",
    ]

    /// Replaces every non-ASCII cell for a terminal whose locale is not UTF-8: known symbols by
    /// their stand-ins, anything else (CJK, for example) by `?` in each of its cells.
    mutating func makeASCII() {
        for row in 0..<size.rows {
            for column in 0..<size.columns {
                guard let cell = self.cell(row: row, column: column), !cell.isContinuation, !cell.text.allSatisfy(\.isASCII) else { continue }
                let wide = column + 1 < size.columns && self.cell(row: row, column: column + 1)?.isContinuation == true
                store(Cell(Self.asciiSymbols[cell.text] ?? "?", style: cell.style, role: cell.role), row: row, column: column)
                if wide { store(Cell("?", style: cell.style, role: cell.role), row: row, column: column + 1) }
            }
        }
    }
}
