import Foundation
import OCPAPI
import Synchronization

/// The fleet scan of `health`: every cluster the query selects (pages read a few at a time),
/// the fleet's active backup alerts (one paged query), and per cluster its overview and
/// strategy (with `deep`, also its data and log tasks and its recoverable windows), at most
/// `concurrency` clusters at a time. A cluster whose answers fail is kept, its rules unknown.
struct HealthScan: Sendable {
    let client: OCPClient
    let query: ClusterQuery
    let deep: Bool
    let concurrency: Int
    /// Called as clusters are judged: (judged, of all).
    var progress: @Sendable (Int, Int) -> Void = { _, _ in }

    /// What the scan found.
    struct Result: Sendable {
        /// Every cluster, worst first (then by name and id).
        var clusters: [ClusterHealth]
        /// Why the alerts could not be read, when they could not.
        var alertsProblem: String?
    }

    /// Scans the fleet.
    /// - Throws: only when the cluster list itself cannot be read.
    func run() async throws(OCPAPIError) -> Result {
        let client = self.client
        async let alerts = HealthEvidence.of { () async throws(OCPAPIError) in try await client.activeBackupAlarms() }
        let listed = Mutex<[Int: [ClusterSummary]]>([:])
        _ = try await client.forEachClusterPage(query, as: ClusterSummary.self, concurrency: min(4, max(1, concurrency))) { number, page in
            listed.withLock { $0[number] = page.contents }
        }
        let clusters = listed.withLock { pages in pages.keys.sorted().flatMap { pages[$0] ?? [] } }
        let alertEvidence = await alerts
        let index = alertEvidence.value.map(BackupAlarmIndex.init)
        let results = await judge(clusters) { cluster in
            if let index { return .read(index.events(forClusterNamed: cluster.name)) }
            return .failed(alertEvidence.problem ?? "the alerts were not read")
        }
        return Result(clusters: Self.worstFirst(results), alertsProblem: alertEvidence.problem)
    }

    /// Judges `clusters`, `concurrency` at a time.
    private func judge(
        _ clusters: [ClusterSummary], alerts: @escaping @Sendable (ClusterSummary) -> HealthEvidence<[AlarmEvent]>
    ) async -> [ClusterHealth] {
        let (client, deep, progress, total) = (self.client, self.deep, self.progress, clusters.count)
        return await withTaskGroup(of: ClusterHealth.self) { group in
            var next = 0
            var judged: [ClusterHealth] = []
            judged.reserveCapacity(total)
            func launch() {
                let cluster = clusters[next]
                next += 1
                group.addTask { ClusterHealth(await client.healthInput(for: cluster, deep: deep, alerts: alerts(cluster))) }
            }
            while next < min(max(1, concurrency), total) { launch() }
            while let health = await group.next() {
                judged.append(health)
                progress(judged.count, total)
                if next < total { launch() }
            }
            return judged
        }
    }

    /// Critical first, then warning, unknown, OK; by name, then id, within a level.
    static func worstFirst(_ clusters: [ClusterHealth]) -> [ClusterHealth] {
        clusters.sorted { lhs, rhs in
            let (left, right) = (lhs.report.level.severity, rhs.report.level.severity)
            if left != right { return left > right }
            return (lhs.cluster.name, lhs.cluster.id) < (rhs.cluster.name, rhs.cluster.id)
        }
    }
}
