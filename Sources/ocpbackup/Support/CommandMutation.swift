import ConsoleCore
import Foundation
import OCPAPI

/// One change to OCP from the command line, prepared once: the request `--dry-run` prints is
/// the one the confirmation is about, the one sent (once, never resent) and the one audited.
struct CommandMutation {
    /// The request, body serialized once.
    let request: PreparedRequest
    /// The change, as the audit log names it (the console's names).
    let operation: PreparedMutation.Operation
    /// The cluster it changes.
    let cluster: Cluster
    /// What to run to see whether a change whose answer was lost happened.
    let check: String

    /// `POST /path` and the body with secrets masked, as `--dry-run` prints them.
    var dryRunText: String {
        let line = "\(request.method) \(request.pathAndQuery)"
        return request.maskedBody(pretty: false).map { line + "\n" + $0 } ?? line
    }

    /// What a declined confirmation says.
    var declined: String { "Not confirmed: \(operation.rawValue) of cluster \(cluster.label) was not sent." }

    /// Asks `question` (unless `yes`), then `deliver`s the request.
    /// - Throws: a usage failure when declined, and the failures of `deliver`.
    func send<Value: Codable & Sendable>(
        _ session: ClientSession, question: String, yes: Bool, as type: Value.Type, taskIds: (Value) -> [Int64],
        advice: (OCPAPIError) -> String? = { _ in nil }
    ) async throws(CommandFailure) -> OCPResponse<Value> {
        try Confirmation.confirm(question, yes: yes, declined: declined)
        return try await deliver(session, as: type, taskIds: taskIds, advice: advice)
    }

    /// Sends the request (once; confirmed already) and records it in the audit log.
    /// - Throws: OCP's error with `advice` for its code as the next step when given; for a lost
    ///   answer, that the outcome is unknown, that nothing was resent, what `lostAnswer` found
    ///   when given (it reads OCP again), and `check`.
    func deliver<Value: Codable & Sendable>(
        _ session: ClientSession, as type: Value.Type, taskIds: (Value) -> [Int64], advice: (OCPAPIError) -> String? = { _ in nil },
        lostAnswer: (() async -> String)? = nil
    ) async throws(CommandFailure) -> OCPResponse<Value> {
        do {
            return try await session.mutate(request, as: type, operation: operation.rawValue, cluster: cluster, taskIds: taskIds)
        } catch  where error.kind == .outcomeUnknown {
            var found = ""
            if let lostAnswer { found = "\n  found: " + (await lostAnswer()) }
            throw CommandFailure(
                message: "error: \(error.summary)\n  The outcome is unknown: OCP may or may not have applied \(request.method) "
                    + "\(request.path). Nothing was resent.\(found)\n  next: check whether it happened: \(check)",
                exitCode: error.exitCode)
        } catch {
            guard let next = advice(error) else { throw .api(error) }
            throw CommandFailure(
                message: "error: \(error.summary)\n  request: \(request.method) \(request.path)\n  next: \(next)", exitCode: error.exitCode)
        }
    }
}
