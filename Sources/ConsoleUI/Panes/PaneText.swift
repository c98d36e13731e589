import ConsoleCore
import Localization

/// Lines of a pane's text: headings, wrapped statements, and drawing them with an overflow mark.
enum PaneText {
    /// A statement with a tone marker, wrapped with a hanging indent.
    static func statement(_ line: AbilityLine, width: Int, ascii: Bool, language: Language) -> [[Span]] {
        let (mark, role): (String, Role) =
            switch line.tone {
            case .can: (ascii ? "+ " : "✓ ", .ok)
            case .cannot: (ascii ? "x " : "✗ ", .error)
            case .info: ("· ", .muted)
            }
        let head = line.label + language.pick(": ", "：")
        let wrapped = TextWrap.lines(head + line.text, width: max(1, width - 2))
        return wrapped.enumerated().map { index, text in
            guard index == 0 else { return [Span("  " + text, line.tone == .cannot ? .error : .normal)] }
            let rest = String(text.dropFirst(min(head.count, text.count)))
            return [
                Span(mark, role, style: .bold), Span(String(text.prefix(head.count)), .muted), Span(rest, line.tone == .cannot ? .error : .normal),
            ]
        }
    }

    /// A section heading.
    static func heading(_ text: String) -> [Span] {
        [Span(text, .header, style: .bold)]
    }

    /// Plain text wrapped in `role`.
    static func wrapped(_ text: String, role: Role, width: Int, indent: String = "") -> [[Span]] {
        TextWrap.lines(text, width: max(1, width - DisplayWidth.width(of: indent))).map { [Span(indent + $0, role)] }
    }

    /// Draws `lines` in `rect`; when they do not fit the last row says how many more there are.
    static func draw(_ lines: [[Span]], into screen: inout ScreenBuffer, rect: Rect, language: Language) {
        let rows = rect.size.rows
        guard rows > 0 else { return }
        let overflow = lines.count > rows
        let shown = overflow ? Array(lines.prefix(rows - 1)) : lines
        for (offset, line) in shown.enumerated() {
            screen.put(spans: line, row: rect.row + offset, column: rect.column, maxWidth: rect.size.columns)
        }
        if overflow {
            screen.put(
                language.pick("… \(lines.count - shown.count) more lines", "… 还有 \(lines.count - shown.count) 行"), row: rect.bottom - 1,
                column: rect.column, role: .muted,
                maxWidth: rect.size.columns)
        }
    }
}
