/// Which pane receives intents.
public enum Focus: String, Equatable, Sendable, CaseIterable {
    /// The cluster list.
    case list
    /// The selected cluster's ability and strategy.
    case detail
    /// The strategy wizard.
    case wizard
    /// The restore wizard.
    case restore
}
