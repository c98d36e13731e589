import ConsoleCore
import Logging
import OCPAPI
import Synchronization

/// The console's changes in the audit log: wraps the live `mutate` so each prepared mutation is
/// recorded, with the very request that was sent and its outcome, as the `strategy` commands
/// record theirs.
///
/// A failure to write the log goes to the log file (the screen belongs to the console).
final class ConsoleAudit: Sendable {
    private let log: AuditLog
    private let settings: ConnectionSettings
    private let names = Mutex<[Int64: String]>([:])
    private let logger = Logger(label: "ocpbackup.audit")

    /// An audit for the connection `settings`, appending to `log`.
    init(settings: ConnectionSettings, log: AuditLog) {
        self.settings = settings
        self.log = log
    }

    /// `live` with its mutations recorded; listing remembers cluster names for the entries.
    func wrapping(_ live: ConsoleDependencies) -> ConsoleDependencies {
        var audited = live
        audited.listClusters = { onPage in
            await live.listClusters { page in
                self.remember(page)
                await onPage(page)
            }
        }
        audited.mutate = { mutation in
            let outcome = await live.mutate(mutation)
            self.record(mutation, outcome: outcome)
            return outcome
        }
        return audited
    }

    private func remember(_ page: [ClusterSummary]) {
        names.withLock { names in
            for cluster in page { names[cluster.id] = TextSanitizer.singleLine(cluster.name) }
        }
    }

    /// Appends the entry of `mutation`: the request it records is the one that was sent.
    private func record(_ mutation: PreparedMutation, outcome: Result<MutationReceipt, OCPAPIError>) {
        let clusterId = mutation.clusterId
        let entry = AuditEntry.mutation(
            mutation.operation.rawValue, clusterId: clusterId, clusterName: names.withLock { $0[clusterId] } ?? "",
            request: mutation.request, settings: settings,
            outcome: outcome.map { .init(traceId: $0.traceId, httpStatus: $0.httpStatus, taskIds: $0.taskIds) })
        do {
            try log.append(entry)
        } catch {
            logger.error("the audit log could not be written", metadata: ["path": "\(log.path)", "error": "\(error)"])
        }
    }
}
