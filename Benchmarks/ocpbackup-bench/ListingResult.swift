/// Listing every cluster from the simulator with injected latency.
struct ListingResult: Codable, Sendable {
    /// Clusters listed.
    let clusters: Int
    /// Pages of 2,000.
    let pages: Int
    /// Latency added to each request, milliseconds.
    let latencyMilliseconds: Int
    /// Requests in flight at most.
    let concurrency: Int
    /// Wall time, milliseconds.
    let wallMilliseconds: Double
    /// pages × latency ÷ concurrency, milliseconds.
    let idealMilliseconds: Double
    /// Spawn of the listing → first page delivered, milliseconds.
    let firstPageMilliseconds: Double
    /// The count `listClusters` returned (the console counts the delivered rows itself).
    let returnedCount: Int
}
