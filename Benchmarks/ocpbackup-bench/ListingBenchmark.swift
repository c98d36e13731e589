import Foundation
import OCPAPI
import Synchronization

/// Listing the whole fleet from `ocpbackup sim` (another process, over loopback) with latency
/// injected into every request, as the console does: pages of 2,000, a bounded number in flight.
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
        let firstPage = Mutex<ContinuousClock.Instant?>(nil)
        let start = clock.now
        let result: Result<[Cluster], OCPAPIError>
        do throws(OCPAPIError) {
            result = .success(
                try await client.allClusters(concurrency: concurrency) { _ in
                    firstPage.withLock { $0 = $0 ?? ContinuousClock.now }
                })
        } catch {
            result = .failure(error)
        }
        let wall = clock.now - start
        await transport.shutdown()
        let all = try result.get()
        guard all.count == clusters else { throw BenchError("listed \(all.count) of \(clusters) clusters") }
        let pages = (clusters + OCPClient.maxPageSize - 1) / OCPClient.maxPageSize
        return ListingResult(
            clusters: clusters, pages: pages, latencyMilliseconds: latencyMilliseconds, concurrency: concurrency,
            wallMilliseconds: ConsoleProcessBenchmark.milliseconds(wall),
            idealMilliseconds: Double(pages * latencyMilliseconds) / Double(concurrency),
            firstPageMilliseconds: firstPage.withLock { $0 }.map { ConsoleProcessBenchmark.milliseconds($0 - start) } ?? 0)
    }
}
