/// Where loading the cluster list stands.
public enum ListLoad: Equatable, Sendable {
    /// Nothing asked yet.
    case idle
    /// Pages are arriving; `pages` so far.
    case loading(pages: Int)
    /// Every page arrived.
    case loaded(total: Int)
    /// The last load failed (the list keeps what it had; see `ClusterListState.error`).
    case failed
}
