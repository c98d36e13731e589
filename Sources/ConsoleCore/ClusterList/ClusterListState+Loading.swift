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
        order = rows.indices.sorted { rows[$0].precedes(rows[$1], by: key) }
        rebuildRanks()
        refilter()
        restoreCursor()
    }

    /// Adds new clusters (ids already present are skipped) by merging a sorted page into the order.
    mutating func merge(_ clusters: [ClusterSummary]) {
        let first = rows.count
        for cluster in clusters where rowById[cluster.id] == nil {
            rowById[cluster.id] = rows.count
            let row = ClusterRow(cluster)
            searchTexts.append(row.searchText)
            rows.append(row)
        }
        guard rows.count > first else { return }
        let key = sortKey
        let added = (first..<rows.count).sorted { rows[$0].precedes(rows[$1], by: key) }
        var merged: [Int] = []
        merged.reserveCapacity(rows.count)
        var left = 0
        var right = 0
        while left < order.count || right < added.count {
            if right == added.count || (left < order.count && !rows[added[right]].precedes(rows[order[left]], by: key)) {
                merged.append(order[left])
                left += 1
            } else {
                merged.append(added[right])
                right += 1
            }
        }
        order = merged
        rebuildRanks()
        refilter()
        if selectedId == nil, let firstRow = order.first { selectedId = rows[firstRow].id }
        restoreCursor()
    }

    private mutating func replaceAll(with clusters: [ClusterSummary]) {
        rows = []
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
