/// A modal question over the panes.
public enum Dialog: Equatable, Sendable {
    /// The `:` command palette with what has been typed.
    case palette(String)
    /// Help for the focused pane.
    case help
    /// Quit would lose a draft: ask first.
    case confirmQuit
    /// Delete the strategy: the person types the cluster name to confirm.
    case confirmDelete(clusterId: Int64, typed: String)
    /// Back up now, pause or resume scheduling, or retry a task: choose, confirm, the outcome.
    case operation(OperationDialog)
}
