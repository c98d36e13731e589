import OCPAPI

/// The cluster list: every cluster once, a sorted order, the filtered positions, the cursor
/// and the selection.
///
/// Cost model (100,000 clusters): a page merges into the sorted order in time linear in the
/// list; appending a filter character scans only the previous matches; removing one pops a
/// cached result; moving the cursor and reading the visible rows touch only those rows. The
/// selection is a cluster id, kept across refreshes, sorts and filters.
public struct ClusterListState: Equatable, Sendable {
    /// Every cluster, in arrival order.
    public internal(set) var rows: [ClusterRow] = []
    /// Row indices in sort order.
    var order: [Int] = []
    /// The sort position of each row.
    var rankOfRow: [Int] = []
    /// Row index by cluster id.
    var rowById: [Int64: Int] = [:]
    /// Each row's search text, in sort order (kept in step with `order`): the filter reads only
    /// this, front to back, never the rows themselves.
    var searchTexts = SearchTexts()
    /// Filter results, one per filter length, each the ascending sort positions that match.
    var filterCache: [FilterResult] = []
    /// The sort key.
    public internal(set) var sortKey: ClusterSortKey = .name
    /// The filter as typed.
    public internal(set) var filterText: String = ""
    /// Whether keys go to the filter.
    public internal(set) var isEditingFilter = false
    /// The cursor, as a position among the visible (filtered) rows.
    public internal(set) var cursor = 0
    /// The first visible row.
    public internal(set) var scrollTop = 0
    /// How many rows the list pane shows.
    public internal(set) var viewportRows = 20
    /// The cluster the person chose; it stays chosen while a filter hides it.
    public internal(set) var selectedId: Int64?
    /// Loading progress.
    public internal(set) var load: ListLoad = .idle
    /// The last load failure; the rows of the last good load stay.
    public internal(set) var error: ErrorInfo?
    /// Rows examined by the last filter change (for the cost tests).
    public internal(set) var lastFilterWork = 0
    /// The current load, so results of an older one are ignored.
    var generation = 0
    /// Pages of a refresh, applied together when it completes.
    var incoming: [ClusterSummary] = []
    /// Whether the current load replaces existing rows at the end (a refresh).
    var isRefreshing = false
    /// Each row's health severity (`HealthLevel.severity`, or `notJudged`), by row index.
    var severities: [Int8] = []
    /// The health severities by cluster id, kept across refreshes.
    var severityById: [Int64: Int8] = [:]

    /// Ascending sort positions matching a filter of `length` characters.
    struct FilterResult: Equatable, Sendable {
        var length: Int
        var ranks: [Int]
    }

    /// An empty list.
    public init() {}

    /// Rows that pass the filter.
    public var visibleCount: Int { filterCache.last?.ranks.count ?? order.count }

    /// The sort position of the visible row at `index`.
    func rank(atVisible index: Int) -> Int {
        filterCache.last.map { $0.ranks[index] } ?? index
    }

    /// The visible row at `index`.
    public func row(atVisible index: Int) -> ClusterRow {
        rows[order[rank(atVisible: index)]]
    }

    /// The rows the pane shows now: at most `viewportRows` from `scrollTop`.
    public var visibleRows: [ClusterRow] {
        let end = min(visibleCount, scrollTop + viewportRows)
        guard scrollTop < end else { return [] }
        return (scrollTop..<end).map { row(atVisible: $0) }
    }

    /// The row under the cursor.
    public var highlighted: ClusterRow? {
        visibleCount == 0 ? nil : row(atVisible: min(cursor, visibleCount - 1))
    }

    /// The cluster with `id`, if loaded.
    public func row(id: Int64) -> ClusterRow? {
        rowById[id].map { rows[$0] }
    }
}
