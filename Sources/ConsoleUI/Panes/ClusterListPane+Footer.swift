import ConsoleCore
import Localization

extension ClusterListPane {
    /// The filter line and the last load error, in the pane's last rows.
    func drawFooter(into screen: inout ScreenBuffer, rect: Rect) {
        let list = state.list
        var lines: [[Span]] = []
        if list.isEditingFilter {
            lines.append([Span("/", .accent, style: .bold), Span(list.filterText + "_", .input)])
        } else if !list.filterText.isEmpty {
            let language = state.language
            lines.append([
                Span(language.pick("filter ", "筛选 "), .muted), Span(list.filterText, .accent),
                Span(language.pick("  (/ edit, Esc clear)", "  （/ 编辑，Esc 清除）"), .muted),
            ])
        }
        if let error = list.error {
            lines += ErrorLines.lines(for: error, width: rect.size.columns, language: state.language)
        }
        for (offset, line) in lines.prefix(rect.size.rows).enumerated() {
            screen.put(spans: line, row: rect.row + offset, column: rect.column, maxWidth: rect.size.columns)
        }
    }
}
