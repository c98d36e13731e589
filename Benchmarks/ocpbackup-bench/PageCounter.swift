/// Counts the clusters delivered page by page and notes when the first page came.
actor PageCounter {
    /// Clusters so far.
    private(set) var clusters = 0
    /// When the first page arrived.
    private(set) var firstPageAt: ContinuousClock.Instant?

    /// Takes note of a page of `count` clusters.
    func add(_ count: Int) {
        clusters += count
        firstPageAt = firstPageAt ?? ContinuousClock.now
    }
}
