import OCPAPI

/// Intents and results of the cluster list.
public enum ClusterListAction: Equatable, Sendable {
    /// Cursor one row up.
    case moveUp
    /// Cursor one row down.
    case moveDown
    /// Cursor one screen up.
    case pageUp
    /// Cursor one screen down.
    case pageDown
    /// Cursor to the first row.
    case jumpToStart
    /// Cursor to the last row.
    case jumpToEnd
    /// Cursor to the visible row at this index, clamped (a click, or the wheel); the list takes
    /// the focus from the detail pane.
    case select(Int)
    /// Start typing a filter (`/`).
    case beginFilter
    /// Stop typing the filter; it stays applied.
    case endFilter
    /// A character appended to the filter.
    case filterTyped(Character)
    /// The filter's last character removed.
    case filterDeleteBackward
    /// The filter removed.
    case filterCleared
    /// Sort by the next key.
    case cycleSort
    /// Keep only clusters with problems (`:problems`, or `!` typed first in the filter).
    case showProblems
    /// The cursor has rested (the follow delay passed without a move): the detail shows the
    /// cluster under it, and the visible rows' health is read first.
    case cursorRested
    /// A page of clusters arrived for load `generation`.
    case pageLoaded(generation: Int, clusters: [ClusterSummary])
    /// Load `generation` ended: the total, or why it failed.
    case loadFinished(generation: Int, Result<Int, ErrorInfo>)
}
