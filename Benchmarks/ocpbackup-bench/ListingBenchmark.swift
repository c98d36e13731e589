import ConsoleCore
import Foundation
import OCPAPI

/// Listing the whole fleet from `ocpbackup sim` (another process, over loopback) with latency
/// injected into every request, through the console's own `ConsoleDependencies.live`: pages of
/// `ConsoleDependencies.listPageSize`, a bounded number in flight.
struct ListingBenchmark {
    /// The `ocpbackup` executable.
    let binary: String
    /// Clusters served.
    let clusters: Int
    /// Latency added to every request.
    let latencyMilliseconds: Int

    /// One listing with at most `concurrency` requests in flight.
    func run(concurrency: Int) async throws -> ListingResult {
        let server = try SimulatorChild(binary: binary, totalClusters: clusters, latencyMilliseconds: latencyMilliseconds)
        defer { server.stop() }
        let transport = try AsyncHTTPTransport()
        let client = OCPClient(
            configuration: OCPClientConfiguration(
                baseURL: try OCPBaseURL(parsing: server.url),
                credentials: .accessKey(id: "ocpDemoAccessKey1", secret: Secret("0123456789abcdef0123456789abcdef"))),
            transport: transport)
        let clock = ContinuousClock()
        let counter = PageCounter()
        let drafts = DraftStoreClient(load: { _ in nil }, save: { _ in }, delete: { _ in })
        let start = clock.now
        let result = await ConsoleDependencies.live(client: client, drafts: drafts, concurrency: concurrency).listClusters { page in
            await counter.add(page.count)
        }
        let wall = clock.now - start
        await transport.shutdown()
        let total = try result.get()
        let delivered = await counter.clusters
        guard delivered == clusters else {
            throw BenchError("listed \(total) and delivered \(delivered) of \(clusters) clusters")
        }
        let firstPage = await counter.firstPageAt
        let pages = (clusters + ConsoleDependencies.listPageSize - 1) / ConsoleDependencies.listPageSize
        return ListingResult(
            clusters: clusters, pages: pages, latencyMilliseconds: latencyMilliseconds, concurrency: concurrency,
            wallMilliseconds: ConsoleProcessBenchmark.milliseconds(wall),
            idealMilliseconds: Double(pages * latencyMilliseconds) / Double(concurrency),
            firstPageMilliseconds: firstPage.map { ConsoleProcessBenchmark.milliseconds($0 - start) } ?? 0, returnedCount: total)
    }
}
