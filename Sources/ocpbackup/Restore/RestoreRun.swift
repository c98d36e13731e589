import Foundation
import OCPAPI

/// What `restore` does: read the facts, check every rule, then preview, print (dry run) or
/// confirm by the new tenant's name, send once and follow.
struct RestoreRun {
    let reference: String
    let body: RestoreRequest
    let options: MutationOptions
    let preview: Bool
    let follow: Bool
    let timeout: Duration
    let output: OutputFormat

    func run(_ connection: ConnectionOptions) async throws(CommandFailure) {
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            let sends = !options.dryRun && !preview
            if sends {
                try session.requireWritable("restore")
                try Confirmation.requireAnswerable(yes: options.yes, action: "restore")
            }
            let source = try await session.call { client throws(OCPAPIError) in try await client.resolveCluster(reference) }
            let (facts, offset) = try await RestoreFactsRead.read(session, source: source, request: body)
            let checked = try RestoreChecked.check(body, facts: facts, offsetSeconds: offset)
            if preview { return try await RestorePreviewPrint.run(session, source: source, body: checked.body, output: output) }
            let request: PreparedRequest
            do throws(OCPAPIError) {
                request = try OCPClient.restoreRequest(clusterId: source.id, body: checked.body)
            } catch {
                throw .usage(error.message)
            }
            let change = CommandMutation(
                request: request, operation: .restore, cluster: source, check: "ocpbackup tasks \(checked.target.id) --kind restore --since 1h")
            if options.dryRun { return print(change.dryRunText) }
            try Confirmation.confirmTyping(
                checked.name, what: "the new tenant's name", question: checked.question(source: source), yes: options.yes,
                declined: change.declined)
            let known = Set(facts.targetRestoreTasks.compactMap(\.id))
            let client = session.client
            let answer = try await change.deliver(
                session, as: BackupCommonResponse.self, taskIds: \.allTaskIds, advice: { Self.advice($0) },
                lostAnswer: { await RestoreFactsRead.lostAnswerFinding(client, target: checked.target.id, name: checked.name, known: known) })
            let ids = answer.value.allTaskIds.map(String.init).joined(separator: ", ")
            let trace = answer.traceId.map { "; traceId \($0)" } ?? ""
            print("Started \(checked.summary(source: source))" + (ids.isEmpty ? " (OCP named no task)" : "; task id \(ids)") + trace + ".")
            guard let id = answer.value.allTaskIds.first else { return }
            guard follow else { return print("Follow it: ocpbackup task show \(id) --follow") }
            let first = try await session.call { client throws(OCPAPIError) in try await client.taskInstance(id: id) }
            try await FollowRun.run(session, id: id, first: first, timeout: timeout)
            print("The new tenant: ocpbackup tenants \(checked.target.id)")
        }
    }

    /// What to do next for the refusals a restore meets at OCP.
    static func advice(_ error: OCPAPIError) -> String? {
        switch error.code {
        case "BAK42005": "the new tenant's name is taken in the target cluster: choose another (ocpbackup tenants TARGET lists them)."
        case "BAK42004": "a restore already creates a tenant of that name: choose another name or wait for it."
        case "BAK42003": "check the zones' resource pools (unit spec and count; the same count in every zone on OceanBase 4.x)."
        default: nil
        }
    }
}
