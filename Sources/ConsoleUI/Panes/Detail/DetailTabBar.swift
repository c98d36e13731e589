import ConsoleCore

/// The detail pane's tab bar: every tab with its number key, the shown one highlighted. When
/// the names do not all fit, the other tabs show their numbers only.
enum DetailTabBar {
    /// The bar's spans for `selected` in `width` cells.
    static func spans(selected: DetailTab, width: Int) -> [Span] {
        let full = DetailTab.allCases.flatMap { label($0, selected: selected, named: true) }
        if full.reduce(0, { $0 + $1.width }) <= width { return full }
        return DetailTab.allCases.flatMap { label($0, selected: selected, named: $0 == selected) }
    }

    /// One tab: ` 2 Strategy ` (the shown tab in the selection role), or ` 2` without its name.
    private static func label(_ tab: DetailTab, selected: DetailTab, named: Bool) -> [Span] {
        let title = named ? " " + tab.title + " " : ""
        guard tab == selected else { return [Span(" \(tab.key)", .accent, style: .bold), Span(title, .muted)] }
        return [Span(" \(tab.key)", .selection, style: .bold), Span(title, .selection)]
    }

    /// Draws the bar on `row` from `column`, clipped to `width` cells.
    static func draw(_ selected: DetailTab, into screen: inout ScreenBuffer, row: Int, column: Int, width: Int) {
        screen.put(spans: spans(selected: selected, width: width), row: row, column: column, maxWidth: width)
    }
}
