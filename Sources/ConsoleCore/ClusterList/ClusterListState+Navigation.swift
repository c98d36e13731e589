extension ClusterListState {
    /// Applies a cursor or viewport intent; touches only the rows involved.
    mutating func move(_ action: ClusterListAction) {
        switch action {
        case .moveUp: place(cursor: cursor - 1)
        case .moveDown: place(cursor: cursor + 1)
        case .pageUp: place(cursor: cursor - max(1, viewportRows))
        case .pageDown: place(cursor: cursor + max(1, viewportRows))
        case .jumpToStart: place(cursor: 0)
        case .jumpToEnd: place(cursor: visibleCount - 1)
        case .select(let index): place(cursor: index)
        default: break
        }
    }

    /// A new pane height.
    mutating func setViewport(rows: Int) {
        viewportRows = max(1, rows)
        scrollToCursor()
    }

    /// Puts the cursor at `index` (clamped), selects that cluster and scrolls to it.
    mutating func place(cursor index: Int) {
        guard visibleCount > 0 else {
            cursor = 0
            scrollTop = 0
            return
        }
        cursor = min(max(0, index), visibleCount - 1)
        selectedId = row(atVisible: cursor).id
        scrollToCursor()
    }

    /// After the visible set changed: the cursor goes to the selected cluster when it is
    /// visible, else to where it would be; the selection itself is kept.
    mutating func restoreCursor() {
        guard visibleCount > 0 else {
            cursor = 0
            scrollTop = 0
            return
        }
        guard let id = selectedId, let rowIndex = rowById[id] else {
            place(cursor: 0)
            return
        }
        let target = rankOfRow[rowIndex]
        if let ranks = filterCache.last?.ranks {
            var low = 0
            var high = ranks.count
            while low < high {
                let middle = (low + high) / 2
                if ranks[middle] < target { low = middle + 1 } else { high = middle }
            }
            cursor = min(low, ranks.count - 1)
        } else {
            cursor = target
        }
        scrollToCursor()
    }

    private mutating func scrollToCursor() {
        if cursor < scrollTop { scrollTop = cursor }
        if cursor >= scrollTop + viewportRows { scrollTop = cursor - viewportRows + 1 }
        scrollTop = max(0, min(scrollTop, max(0, visibleCount - viewportRows)))
    }
}
