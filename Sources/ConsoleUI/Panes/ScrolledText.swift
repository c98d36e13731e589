import ConsoleCore
import Localization

/// Drawing a scrolled window of a pane's lines, and the position on the pane's bottom border.
enum ScrolledText {
    /// The first line shown: the position's offset, clamped to the last screen of `count` lines
    /// in `rows` (the state may hold an offset from before the content shrank).
    static func start(_ position: ScrollPosition, count: Int, rows: Int) -> Int {
        min(position.offset, max(0, count - rows))
    }

    /// Draws `lines` in `rect` from line `start`.
    static func draw(_ lines: [[Span]], from start: Int, into screen: inout ScreenBuffer, rect: Rect) {
        guard rect.size.rows > 0 else { return }
        for (offset, line) in lines.dropFirst(start).prefix(rect.size.rows).enumerated() {
            screen.put(spans: line, row: rect.row + offset, column: rect.column, maxWidth: rect.size.columns)
        }
    }

    /// The position as text, `↓ lines 1–17 of 40`; `nil` when everything fits.
    static func label(start: Int, rows: Int, count: Int, language: Language) -> String? {
        guard count > rows, rows > 0 else { return nil }
        let arrows = (start > 0 ? "↑" : "") + (start + rows < count ? "↓" : "")
        let first = start + 1
        let last = min(count, start + rows)
        return arrows + language.pick(" lines \(first)–\(last) of \(count)", " 第 \(first)–\(last) 行，共 \(count) 行")
    }

    /// Writes the label into a frame's bottom border on `row`, ending two cells before `right`.
    static func drawLabel(_ label: String?, into screen: inout ScreenBuffer, row: Int, right: Int) {
        guard let label else { return }
        let text = " \(label) "
        screen.put(text, row: row, column: max(0, right - 2 - DisplayWidth.width(of: text)), role: .muted)
    }
}
