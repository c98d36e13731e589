import OCPAPI
import Synchronization

/// A transport that answers from a script and records every request it was given.
final class ScriptedTransport: OCPTransport {
    /// One scripted outcome.
    enum Step: Sendable {
        case respond(Int, [(String, String)], String)
        case fail(TransportFailure)
    }

    private let state: Mutex<(steps: [Step], sent: [HTTPRequestMessage])>

    init(_ steps: [Step]) { state = Mutex((steps, [])) }

    var sent: [HTTPRequestMessage] { state.withLock { $0.sent } }

    func send(_ request: HTTPRequestMessage, timeout: Duration) async throws -> HTTPResponseMessage {
        let step: Step = state.withLock { state in
            state.sent.append(request)
            return state.steps.isEmpty ? .fail(.notConnected("script exhausted")) : state.steps.removeFirst()
        }
        switch step {
        case .respond(let status, let headers, let body):
            return HTTPResponseMessage(status: status, headers: headers.map { (name: $0.0, value: $0.1) }, body: Array(body.utf8))
        case .fail(let failure):
            throw failure
        }
    }

    func shutdown() async {}
}
