/// What can be done with a cluster's strategy from the detail pane.
public enum StrategyCommand: String, Equatable, Sendable, CaseIterable {
    /// Create a strategy (`n`).
    case create
    /// Edit the strategy (`e`).
    case edit
    /// Delete the strategy (`d`).
    case delete
}
