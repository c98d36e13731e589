import ConsoleUI
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
                let unsafe = cell.text.unicodeScalars.filter(isForbidden)
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

    /// A scalar no cell may hold, by this test's own list (not the sanitizer's): C0 and C1
    /// controls, DEL, line and paragraph separators, bidi embeddings, overrides and isolates,
    /// zero-width characters and marks, word joiners and the BOM.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x2064, 0x2066...0x2069, 0xFEFF: true
        default: false
        }
    }

    /// The text of `count` cells of `row` from `column` (a wide grapheme counts for two).
    static func text(of screen: ScreenBuffer, row: Int, column: Int, count: Int) -> String {
        (column..<(column + count)).compactMap { screen.cell(row: row, column: $0) }.filter { !$0.isContinuation }.map(\.text).joined()
    }
}
