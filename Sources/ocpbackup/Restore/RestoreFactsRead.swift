import Foundation
import OCPAPI

/// Reads from OCP what the restore rules check a request against (`RestoreFacts`): the source's
/// tenants and recoverable windows, the target cluster, its tenants and its restore tasks, and
/// OCP's clock as now.
enum RestoreFactsRead {
    /// The facts for restoring `request` from `source`, and the offset from UTC OCP writes its
    /// clock in (for a time the command chooses).
    /// - Throws: OCP's error for any read but an unknown target, which the rules report.
    static func read(
        _ session: ClientSession, source: Cluster, request: RestoreRequest
    ) async throws(CommandFailure) -> (facts: RestoreFacts, offsetSeconds: Int) {
        try await session.call { client throws(OCPAPIError) in
            async let tenants = OCPCall.result { () async throws(OCPAPIError) in try await client.allTenants(clusterId: source.id) }
            let info = try await client.backupInfo(clusterId: source.id)
            let now = info.serverTime?.date ?? Date()
            let offset = info.serverTime.flatMap { try? RestorePointInTime.parse($0.raw).get() }?.offsetSeconds ?? 0
            let recoverability = ClusterRecoverability(info.value, scope: RecoverabilityScope(end: now))
            var facts = RestoreFacts(
                source: source, sourceTenants: try await tenants.get(), recoverability: recoverability, target: nil, targetTenants: [],
                targetRestoreTasks: [], now: now)
            guard let id = request.targetClusterId, let target = try await targetCluster(client, id: id) else {
                return (facts, offset)
            }
            async let targetTenants = OCPCall.result { () async throws(OCPAPIError) in try await client.allTenants(clusterId: target.id) }
            facts.targetRestoreTasks = try await client.allRestoreTasks(clusterId: target.id)
            facts.targetTenants = try await targetTenants.get()
            facts.target = target
            return (facts, offset)
        }
    }

    /// Cluster `id`, or `nil` when OCP knows no such cluster (OBE11001, or a 404).
    static func targetCluster(_ client: OCPClient, id: Int64) async throws(OCPAPIError) -> Cluster? {
        do {
            return try await client.cluster(id: id).value
        } catch  where error.code == "OBE11001" || error.httpStatus == 404 {
            return nil
        }
    }

    /// What the target's restore tasks say after a restore's answer was lost: whether a restore
    /// creating `name` appears that was not among `known` (the ids read before sending), and its
    /// status. A failure to read is said, not thrown.
    static func lostAnswerFinding(_ client: OCPClient, target: Int64, name: String, known: Set<Int64>) async -> String {
        do {
            let tasks = try await client.allRestoreTasks(clusterId: target)
            guard
                let task = tasks.first(where: { task in
                    task.restoreTenantName == name && !known.contains(task.id ?? -1) && (task.restoreClusterId.map { $0 == target } ?? true)
                })
            else {
                return
                    "the restore tasks of cluster \(target) show no new restore creating tenant \(TextSanitizer.singleLine(name)): the request probably did not arrive."
            }
            let status = task.status.map { TextSanitizer.singleLine($0.rawValue) } ?? "no status"
            return
                "the restore tasks of cluster \(target) show restore \(task.id.map(String.init) ?? "?") creating tenant \(TextSanitizer.singleLine(name)) "
                + "(\(status)): the request arrived; do not send it again."
        } catch {
            return "the restore tasks of cluster \(target) could not be read (\(error.summary))."
        }
    }
}
