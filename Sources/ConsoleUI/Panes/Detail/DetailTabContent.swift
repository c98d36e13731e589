import ConsoleCore
import OCPAPI

/// The lines of one tab of the detail pane. Each tab is a type in a file of its own that
/// conforms to this; ``DetailTabContents/content(of:)`` names the type of every tab.
protocol DetailTabContent {
    /// Every line the tab shows for the shown cluster, laid out for `context.width` cells.
    static func lines(in context: DetailTabContext) -> [[Span]]
}

/// The tab builders of the detail pane, by tab: the one place that says which type draws
/// which tab.
enum DetailTabContents {
    /// The builder of `tab`.
    static func content(of tab: DetailTab) -> any DetailTabContent.Type {
        switch tab {
        case .overview: OverviewTab.self
        case .strategy: StrategyTab.self
        case .ability: AbilityTab.self
        case .tasks: TasksTab.self
        case .recoverable: RecoverableTab.self
        }
    }
}
