/// The panes whose content scrolls.
public enum ScrollArea: Equatable, Sendable, CaseIterable {
    /// The detail pane (ability and strategy).
    case detail
    /// The wizard's review step (request body, next runs, diff).
    case review
}
