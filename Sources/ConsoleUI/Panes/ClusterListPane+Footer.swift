import ConsoleCore

extension ClusterListPane {
    /// The filter line and the last load error, in the pane's last rows.
    func drawFooter(into screen: inout ScreenBuffer, rect: Rect) {
        let list = state.list
        var lines: [[Span]] = []
        if list.isEditingFilter {
            lines.append([Span("/", .accent, style: .bold), Span(list.filterText + "_", .input)])
        } else if !list.filterText.isEmpty {
            lines.append([Span("filter ", .muted), Span(list.filterText, .accent), Span("  (/ edit, Esc clear)", .muted)])
        }
        if let error = list.error {
            lines += ErrorLines.lines(for: error, width: rect.size.columns)
        }
        for (offset, line) in lines.prefix(rect.size.rows).enumerated() {
            screen.put(spans: line, row: rect.row + offset, column: rect.column, maxWidth: rect.size.columns)
        }
    }
}
