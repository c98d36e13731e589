import OCPAPI

extension ClusterListState {
    /// A load starts; a refresh keeps the current rows until it completes.
    mutating func beginLoad() -> Int {
        generation += 1
        isRefreshing = !rows.isEmpty
        incoming = []
        load = .loading(pages: 0)
        return generation
    }

    /// A page arrived: shown at once on the first load, kept aside during a refresh.
    mutating func receive(page clusters: [ClusterSummary], generation: Int) {
        guard generation == self.generation, case .loading(let pages) = load else { return }
        load = .loading(pages: pages + 1)
        if isRefreshing {
            incoming += clusters
        } else {
            merge(clusters)
        }
    }

    /// The load ended.
    mutating func finish(_ result: Result<Int, ErrorInfo>, generation: Int) {
        guard generation == self.generation else { return }
        switch result {
        case .success:
            if isRefreshing { replaceAll(with: incoming) }
            load = .loaded(total: rows.count)
            error = nil
        case .failure(let failure):
            load = .failed
            error = failure
        }
        incoming = []
        isRefreshing = false
    }

    /// Sorts by another key; the selection stays.
    mutating func sort(by key: ClusterSortKey) {
        sortKey = key
        order = rows.indices.sorted { precedes($0, $1, by: key) }
        searchTexts = searchTexts.permuted(order.map { rankOfRow[$0] })
        rebuildRanks()
        refilter()
        restoreCursor()
    }

    /// Adds new clusters (ids already present are skipped) by merging a sorted page into the
    /// order; the search texts are spliced in the same pass, whole runs of old ones at a time.
    mutating func merge(_ clusters: [ClusterSummary]) {
        let first = rows.count
        for cluster in clusters where rowById[cluster.id] == nil {
            rowById[cluster.id] = rows.count
            rows.append(ClusterRow(cluster))
            severities.append(severityById[cluster.id] ?? Self.notJudged)
        }
        guard rows.count > first else { return }
        let key = sortKey
        let added = (first..<rows.count).sorted { precedes($0, $1, by: key) }
        let addedTexts = added.map { rows[$0].searchText }
        var merged: [Int] = []
        merged.reserveCapacity(rows.count)
        var texts = SearchTexts()
        texts.reserve(count: rows.count, byteCount: searchTexts.bytes.count + addedTexts.reduce(0) { $0 + $1.count })
        var left = 0
        for (next, text) in zip(added, addedTexts) {
            let runStart = left
            while left < order.count, !precedes(next, order[left], by: key) { left += 1 }
            merged.append(contentsOf: order[runStart..<left])
            texts.append(runStart..<left, of: searchTexts)
            merged.append(next)
            texts.append(text)
        }
        merged.append(contentsOf: order[left...])
        texts.append(left..<order.count, of: searchTexts)
        order = merged
        searchTexts = texts
        rebuildRanks()
        refilter()
        if selectedId == nil, let firstRow = order.first { selectedId = rows[firstRow].id }
        restoreCursor()
    }

    private mutating func replaceAll(with clusters: [ClusterSummary]) {
        rows = []
        severities = []
        searchTexts.removeAll()
        order = []
        rankOfRow = []
        rowById = [:]
        filterCache = []
        merge(clusters)
        if let id = selectedId, rowById[id] == nil {
            selectedId = nil
            place(cursor: min(cursor, visibleCount - 1))
        }
    }

    private mutating func rebuildRanks() {
        rankOfRow = Array(repeating: 0, count: rows.count)
        for (rank, rowIndex) in order.enumerated() { rankOfRow[rowIndex] = rank }
    }
}
