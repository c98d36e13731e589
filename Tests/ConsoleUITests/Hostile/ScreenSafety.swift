import ConsoleUI
import OCPAPI
import Testing

/// The properties every rendered screen must have whatever the server sent: no control, format
/// or bidi character in any cell, one grapheme per cell, wide graphemes followed by their
/// continuation, and every row exactly as wide as the screen.
enum ScreenSafety {
    /// Every way `screen` breaks the rules, as readable lines (empty when it is safe).
    static func problems(in screen: ScreenBuffer) -> [String] {
        var problems: [String] = []
        let size = screen.size
        for row in 0..<size.rows {
            var column = 0
            while column < size.columns {
                guard let cell = screen.cell(row: row, column: column) else { break }
                let unsafe = cell.text.unicodeScalars.filter(TextSanitizer.isUnsafe)
                if !unsafe.isEmpty {
                    problems.append("row \(row) column \(column): unsafe \(unsafe.map { String($0.value, radix: 16) })")
                }
                if cell.isContinuation {
                    problems.append("row \(row) column \(column): a continuation without its wide grapheme")
                    column += 1
                    continue
                }
                if cell.text.count != 1 { problems.append("row \(row) column \(column): \(cell.text.count) graphemes in one cell") }
                let width = DisplayWidth.width(of: cell.text)
                if width == 2 {
                    if screen.cell(row: row, column: column + 1)?.isContinuation != true {
                        problems.append("row \(row) column \(column): a wide grapheme without its continuation")
                    }
                    column += 2
                } else {
                    if width != 1 { problems.append("row \(row) column \(column): a cell \(width) wide") }
                    column += 1
                }
            }
            let rowWidth = DisplayWidth.width(of: screen.row(row))
            if rowWidth != size.columns { problems.append("row \(row): \(rowWidth) cells wide, not \(size.columns)") }
        }
        return problems
    }

    /// The text of `count` cells of `row` from `column` (a wide grapheme counts for two).
    static func text(of screen: ScreenBuffer, row: Int, column: Int, count: Int) -> String {
        (column..<(column + count)).compactMap { screen.cell(row: row, column: $0) }.filter { !$0.isContinuation }.map(\.text).joined()
    }
}
