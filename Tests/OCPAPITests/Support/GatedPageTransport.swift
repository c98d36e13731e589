import OCPAPI

/// Answers `GET /api/v2/ob/clusters?page=N&size=1` with one cluster (id N) of `pages`; every
/// request after the first waits in a ``PageGate``.
final class GatedPageTransport: OCPTransport {
    let gate: PageGate
    private let pages: Int

    init(pages: Int, concurrency: Int) {
        self.pages = pages
        self.gate = PageGate(pages: pages, concurrency: concurrency)
    }

    func send(_ request: HTTPRequestMessage, timeout: Duration) async throws -> HTTPResponseMessage {
        let number = Self.page(of: request.url)
        await gate.enter(page: number)
        let body =
            #"{"data":{"contents":[{"id":\#(number),"name":"c\#(number)"}],"page":{"number":\#(number),"size":1,"totalElements":\#(pages),"totalPages":\#(pages)}},"successful":true}"#
        return HTTPResponseMessage(status: 200, headers: [("Content-Type", "application/json")], body: Array(body.utf8))
    }

    func shutdown() async {}

    private static func page(of url: String) -> Int {
        let query = url.split(separator: "?").last ?? ""
        let item = query.split(separator: "&").first { $0.hasPrefix("page=") }
        return item.flatMap { Int($0.dropFirst(5)) } ?? 0
    }
}

/// Holds page requests (all but the first) and releases the oldest one only when as many are
/// waiting as the bound allows for the pages still to come, so a client that keeps fewer in
/// flight would stall (and the test time out) and one that keeps more shows in `maxInFlight`.
actor PageGate {
    struct Record: Sendable {
        var requests = 0
        var maxInFlight = 0
    }

    private(set) var record = Record()
    private let pages: Int
    private let concurrency: Int
    private var waiting: [CheckedContinuation<Void, Never>] = []
    private var released = 0

    init(pages: Int, concurrency: Int) {
        self.pages = pages
        self.concurrency = concurrency
    }

    func enter(page: Int) async {
        record.requests += 1
        guard page > 1 else { return }
        await withCheckedContinuation { continuation in
            waiting.append(continuation)
            record.maxInFlight = max(record.maxInFlight, waiting.count)
            releaseWhenFull()
        }
        // Once the last pages are all in flight no new request arrives to trigger a release,
        // so the one that just finished does.
        releaseWhenFull()
    }

    private func releaseWhenFull() {
        let expected = min(concurrency, pages - 1 - released)
        guard expected > 0, waiting.count >= expected else { return }
        released += 1
        waiting.removeFirst().resume()
    }
}
