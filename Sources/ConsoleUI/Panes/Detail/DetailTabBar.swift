import ConsoleCore

/// The detail pane's tab bar: every tab with its number key, the shown one highlighted. When
/// the names do not all fit, they are set closer, then the other tabs show short names, then
/// their numbers only; the shown tab always shows its whole name.
enum DetailTabBar {
    /// The bar's spans for `selected` in `width` cells.
    static func spans(selected: DetailTab, width: Int) -> [Span] {
        let forms: [(DetailTab) -> String?] = [{ " " + $0.title + " " }, { " " + $0.title }, { " " + shortTitle($0) }, { _ in nil }]
        var bar: [Span] = []
        for form in forms {
            bar = DetailTab.allCases.flatMap { tab in label(tab, selected: selected, title: tab == selected ? " " + tab.title + " " : form(tab)) }
            if bar.reduce(0, { $0 + $1.width }) <= width { return bar }
        }
        return bar
    }

    /// A tab's name in at most five cells.
    static func shortTitle(_ tab: DetailTab) -> String {
        switch tab {
        case .overview: "Over"
        case .strategy: "Strat"
        case .ability: "Abil"
        case .tasks: "Tasks"
        case .recoverable: "Recov"
        }
    }

    /// One tab: ` 2 Strategy ` (the shown tab in the selection role), or ` 2` without a title.
    private static func label(_ tab: DetailTab, selected: DetailTab, title: String?) -> [Span] {
        guard tab == selected else { return [Span(" \(tab.key)", .accent, style: .bold), Span(title ?? "", .muted)] }
        return [Span(" \(tab.key)", .selection, style: .bold), Span(title ?? "", .selection)]
    }

    /// Draws the bar on `row` from `column`, clipped to `width` cells.
    static func draw(_ selected: DetailTab, into screen: inout ScreenBuffer, row: Int, column: Int, width: Int) {
        screen.put(spans: spans(selected: selected, width: width), row: row, column: column, maxWidth: width)
    }
}
