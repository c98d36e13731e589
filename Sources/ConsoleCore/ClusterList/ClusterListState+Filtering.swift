extension ClusterListState {
    /// Appends a character: only the previous matches are scanned.
    mutating func appendFilter(_ character: Character) {
        filterText.append(character)
        let needle = textNeedle
        if let previous = filterCache.last, previous.length == filterText.count - 1, !(showsProblemsOnly && filterText.count == 1) {
            lastFilterWork = previous.ranks.count
            filterCache.append(
                FilterResult(length: filterText.count, ranks: searchTexts.ranks(previous.ranks, containing: needle)))
        } else {
            refilter()
        }
        restoreCursor()
    }

    /// Removes the last character: the shorter filter's result is reused when cached.
    mutating func deleteFilterBackward() {
        guard !filterText.isEmpty else { return }
        filterText.removeLast()
        if filterText.isEmpty {
            filterCache.removeAll()
            lastFilterWork = 0
        } else if filterCache.count >= 2, filterCache[filterCache.count - 2].length == filterText.count {
            filterCache.removeLast()
            lastFilterWork = 0
        } else {
            refilter()
        }
        restoreCursor()
    }

    /// Removes the filter.
    mutating func clearFilter() {
        filterText = ""
        filterCache.removeAll()
        lastFilterWork = 0
        restoreCursor()
    }

    /// Filters the whole sorted list again (after the rows or the order changed): one pass over
    /// every row's text, in sort order.
    mutating func refilter() {
        guard !filterText.isEmpty else {
            filterCache.removeAll()
            return
        }
        let needle = textNeedle
        var ranks = needle.isEmpty ? Array(0..<order.count) : searchTexts.ranksContaining(needle)
        if showsProblemsOnly { ranks = ranks.filter(hasProblem(atRank:)) }
        lastFilterWork = order.count
        filterCache = [FilterResult(length: filterText.count, ranks: ranks)]
    }
}
