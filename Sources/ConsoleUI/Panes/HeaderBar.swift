import ConsoleCore

/// The header line: product, profile, OCP address, user and the READ-ONLY badge.
enum HeaderBar {
    /// Draws the header on `row`.
    static func draw(_ state: ConsoleState, options: RenderOptions, into screen: inout ScreenBuffer, row: Int) {
        let width = screen.size.columns
        screen.fill(Rect(row: row, column: 0, rows: 1, columns: width), role: .header)
        var spans = [Span(" ocpbackup", .header, style: .bold), Span("  profile ", .header), Span(state.profile, .header, style: .bold)]
        if !options.address.isEmpty { spans += [Span("  ", .header), Span(options.address, .header)] }
        if !options.principal.isEmpty { spans += [Span("  as ", .header), Span(options.principal, .header)] }
        let badge = state.readOnly ? " READ-ONLY " : ""
        let badgeWidth = DisplayWidth.width(of: badge)
        screen.put(spans: spans, row: row, column: 0, maxWidth: width - badgeWidth - 1)
        if !badge.isEmpty {
            screen.put(badge, row: row, column: width - badgeWidth - 1, style: [.bold, .reverse], role: .accent)
        }
    }
}
