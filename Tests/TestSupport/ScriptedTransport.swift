import OCPAPI
import Synchronization

/// An HTTP transport that answers from a script instead of a server and records every request
/// it was given: either answers in order, or answers per route (`METHOD /api/...`, query
/// ignored; the last answer of a route repeats, an unknown route gets OCP's 404).
public final class ScriptedTransport: OCPTransport {
    /// One scripted outcome.
    public enum Answer: Sendable {
        /// A response with a status, headers and a body.
        case respond(Int, [(String, String)], String)
        /// A JSON response (`Content-Type: application/json`).
        case json(status: Int, String)
        /// A transport failure (refused, timed out, reset).
        case failure(TransportFailure)
    }

    private enum Script: Sendable {
        case ordered
        case routed([String: [Answer]])
    }

    private let script: Script
    private let state: Mutex<(queue: [Answer], sent: [HTTPRequestMessage], used: [String: Int])>

    /// Answers requests with `answers` in order; once they run out, with a connection failure.
    public init(_ answers: [Answer]) {
        script = .ordered
        state = Mutex((answers, [], [:]))
    }

    /// Answers each route from its own list.
    public init(routes: [String: [Answer]]) {
        script = .routed(routes)
        state = Mutex(([], [], [:]))
    }

    /// Every request sent, in order.
    public var sent: [HTTPRequestMessage] { state.withLock { $0.sent } }

    /// Every request sent as `METHOD /api/...?query`, in order.
    public var sentRoutes: [String] { sent.map { Self.route(of: $0) + Self.query(of: $0) } }

    /// Answers `request` from the script.
    public func send(_ request: HTTPRequestMessage, timeout: Duration) async throws -> HTTPResponseMessage {
        let route = Self.route(of: request)
        let answer: Answer? = state.withLock { state in
            state.sent.append(request)
            switch script {
            case .ordered:
                return state.queue.isEmpty ? .failure(.notConnected("script exhausted")) : state.queue.removeFirst()
            case .routed(let routes):
                let used = state.used[route, default: 0]
                state.used[route] = used + 1
                guard let answers = routes[route], !answers.isEmpty else { return nil }
                return answers[min(used, answers.count - 1)]
            }
        }
        switch answer {
        case nil:
            return HTTPResponseMessage(status: 404, headers: [], body: Array("{\"successful\":false,\"status\":404}".utf8))
        case .respond(let status, let headers, let body):
            return HTTPResponseMessage(status: status, headers: headers.map { (name: $0.0, value: $0.1) }, body: Array(body.utf8))
        case .json(let status, let body):
            return HTTPResponseMessage(status: status, headers: [("Content-Type", "application/json")], body: Array(body.utf8))
        case .failure(let failure):
            throw failure
        }
    }

    /// Nothing to release.
    public func shutdown() async {}

    private static func route(of request: HTTPRequestMessage) -> String {
        let path = request.url.split(separator: "?", maxSplits: 1).first.map(String.init) ?? request.url
        return request.method + " " + (path.range(of: "/api/").map { String(path[$0.lowerBound...]) } ?? path)
    }

    private static func query(of request: HTTPRequestMessage) -> String {
        request.url.contains("?") ? "?" + request.url.split(separator: "?", maxSplits: 1)[1] : ""
    }
}
