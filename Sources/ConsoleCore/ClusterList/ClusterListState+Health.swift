import OCPAPI

extension ClusterListState {
    /// The severity a row has before its health is known: below OK, so worst first puts it last.
    static let notJudged: Int8 = -1

    /// Records a cluster's health level: worst first and the problems filter read it. When the
    /// problems filter is on and the cluster joins or leaves it, the visible rows follow at once;
    /// the worst-first order is brought up to date by ``resortByHealth()``.
    mutating func setHealth(_ level: HealthLevel?, id: Int64) {
        let severity = level.map { Int8($0.severity) } ?? Self.notJudged
        let old = severityById[id] ?? Self.notJudged
        severityById[id] = severity
        guard let rowIndex = rowById[id] else { return }
        severities[rowIndex] = severity
        if showsProblemsOnly, (old > 0) != (severity > 0) {
            refilter()
            restoreCursor()
        }
    }

    /// Sorts worst first again with the health known now (when that is the sort key).
    mutating func resortByHealth() {
        guard sortKey == .health else { return }
        sort(by: .health)
    }

    /// Whether the filter keeps only clusters with problems: it starts with `!` (`/!`,
    /// `:problems`); the rest of it filters by text as usual.
    public var showsProblemsOnly: Bool { filterText.hasPrefix("!") }

    /// The text part of the filter, lower-cased, as the search texts hold it.
    var textNeedle: [UInt8] {
        Array((showsProblemsOnly ? String(filterText.dropFirst()) : filterText).lowercased().utf8)
    }

    /// Whether the row at sort position `rank` has a problem (warning, critical or unknown).
    func hasProblem(atRank rank: Int) -> Bool { severities[order[rank]] > 0 }

    /// Whether row `first` sorts before row `second` (row indices) under `key`.
    func precedes(_ first: Int, _ second: Int, by key: ClusterSortKey) -> Bool {
        if key == .health, severities[first] != severities[second] { return severities[first] > severities[second] }
        return rows[first].precedes(rows[second], by: key)
    }

    /// Shows only clusters with problems (keeping the text part of the filter).
    mutating func showProblemsOnly() {
        guard !showsProblemsOnly else { return }
        filterText = "!" + filterText
        filterCache.removeAll()
        refilter()
        restoreCursor()
    }
}
