import ConsoleCore
import Localization

/// The detail pane's tab bar: every tab with its number key, the shown one highlighted. When
/// the names do not all fit, they are set closer, then the other tabs show short names, then
/// their numbers only; the shown tab always shows its whole name.
enum DetailTabBar {
    /// The bar's spans for `selected` in `width` cells.
    static func spans(selected: DetailTab, language: Language, width: Int) -> [Span] {
        func title(_ tab: DetailTab) -> String { tab.title.text(in: language) }
        let forms: [(DetailTab) -> String?] = [
            { " " + title($0) + " " }, { " " + title($0) }, { " " + shortTitle($0).text(in: language) }, { _ in nil },
        ]
        var bar: [Span] = []
        for form in forms {
            bar = DetailTab.allCases.flatMap { tab in label(tab, selected: selected, title: tab == selected ? " " + title(tab) + " " : form(tab)) }
            if bar.reduce(0, { $0 + $1.width }) <= width { return bar }
        }
        return bar
    }

    /// A tab's name in at most five cells (six for Chinese's 可恢复).
    static func shortTitle(_ tab: DetailTab) -> Bilingual {
        switch tab {
        case .overview: Bilingual("Over", "概览")
        case .strategy: Bilingual("Strat", "策略")
        case .ability: Bilingual("Abil", "能力")
        case .tasks: Bilingual("Tasks", "任务")
        case .recoverable: Bilingual("Recov", "可恢复")
        }
    }

    /// One tab: ` 2 Strategy ` (the shown tab in the selection role), or ` 2` without a title.
    private static func label(_ tab: DetailTab, selected: DetailTab, title: String?) -> [Span] {
        guard tab == selected else { return [Span(" \(tab.key)", .accent, style: .bold), Span(title ?? "", .muted)] }
        return [Span(" \(tab.key)", .selection, style: .bold), Span(title ?? "", .selection)]
    }

    /// Draws the bar on `row` from `column`, clipped to `width` cells.
    static func draw(_ selected: DetailTab, language: Language, into screen: inout ScreenBuffer, row: Int, column: Int, width: Int) {
        screen.put(spans: spans(selected: selected, language: language, width: width), row: row, column: column, maxWidth: width)
    }
}
