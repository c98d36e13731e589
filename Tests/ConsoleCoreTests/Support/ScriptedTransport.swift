import Foundation
import OCPAPI
import Synchronization

/// An HTTP transport that answers from a script keyed by `METHOD path` (query ignored) and
/// records every request, to test `ConsoleDependencies.live` without a server.
final class ScriptedTransport: OCPTransport {
    enum Answer: Sendable {
        case json(status: Int, String)
        case failure(TransportFailure)
    }

    private let script: [String: [Answer]]
    private let state = Mutex<(sent: [String], used: [String: Int])>(([], [:]))

    init(_ script: [String: [Answer]]) {
        self.script = script
    }

    var sent: [String] { state.withLock { $0.sent } }

    func send(_ request: HTTPRequestMessage, timeout: Duration) async throws -> HTTPResponseMessage {
        let path = request.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.url
        let route = request.method + " " + (path.range(of: "/api/").map { String(path[$0.lowerBound...]) } ?? path)
        let query = request.url.contains("?") ? "?" + request.url.split(separator: "?", maxSplits: 1)[1] : ""
        let index = state.withLock { state in
            state.sent.append(route + query)
            let used = state.used[route, default: 0]
            state.used[route] = used + 1
            return used
        }
        guard let answers = script[route], !answers.isEmpty else {
            return HTTPResponseMessage(status: 404, headers: [], body: Array("{\"successful\":false,\"status\":404}".utf8))
        }
        switch answers[min(index, answers.count - 1)] {
        case .json(let status, let body):
            return HTTPResponseMessage(status: status, headers: [("Content-Type", "application/json")], body: Array(body.utf8))
        case .failure(let failure):
            throw failure
        }
    }

    func shutdown() async {}
}
