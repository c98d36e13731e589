import Foundation
import OCPAPI
import Testing

/// `OCPClient.allClusters` keeps at most `concurrency` page requests in flight, and keeps that
/// many busy while pages remain: a transport holds every request and lets one finish only when
/// all the requests the bound allows have arrived, recording the most it ever held.
@Suite struct PagingConcurrencyTests {
    @Test(.timeLimit(.minutes(1)), arguments: [1, 2, 4, 7])
    func pagesAreFetchedWithAtMostConcurrencyInFlight(concurrency: Int) async throws {
        let pages = 12
        let transport = GatedPageTransport(pages: pages, concurrency: concurrency)
        let client = OCPClient(
            configuration: OCPClientConfiguration(baseURL: try OCPBaseURL(parsing: "http://127.0.0.1:8080"), credentials: .anonymous),
            transport: transport)
        let seen = PageLog()
        let clusters = try await client.allClusters(pageSize: 1, concurrency: concurrency) { page in
            await seen.add(page.contents.map(\.id))
        }
        let record = await transport.gate.record
        #expect(clusters.map(\.id) == (1...Int64(pages)).map { $0 }, "every page, in page order")
        #expect(record.maxInFlight == min(concurrency, pages - 1), "the bound is reached and never passed")
        #expect(record.requests == pages, "each page is asked once")
        #expect(await seen.first == [1], "the first page is delivered first")
        #expect(await seen.count == pages)
    }
}
