/// Intents of the detail pane's tabs.
public enum DetailAction: Equatable, Sendable {
    /// `1`–`5`: show this tab.
    case selectTab(DetailTab)
    /// `]`: the tab to the right.
    case nextTab
    /// `[`: the tab to the left.
    case previousTab
}
