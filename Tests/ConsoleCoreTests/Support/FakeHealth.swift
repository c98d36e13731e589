import Foundation
import OCPAPI
import Synchronization

@testable import ConsoleCore

/// The health scan's reads, faked: every cluster is healthy (schedule normal, a data backup an
/// hour ago, the log 30 s behind) unless its overview is set to fail or its schedule is set;
/// each read is recorded in order.
final class FakeHealth: Sendable {
    struct State {
        var reads: [Int64] = []
        var alertReads = 0
        var failingOverviews: Set<Int64> = []
        var schedules: [Int64: BackupScheduleStatus] = [:]
    }

    let state = Mutex(State())

    /// The reads in the order they were made.
    var reads: [Int64] { state.withLock { $0.reads } }

    /// The client the console's dependencies take.
    var client: HealthReadClient {
        HealthReadClient(
            alerts: {
                self.state.withLock { $0.alertReads += 1 }
                return .success([])
            },
            cluster: { cluster, alerts in
                let (failing, schedule) = self.state.withLock { state in
                    state.reads.append(cluster.id)
                    return (state.failingOverviews.contains(cluster.id), state.schedules[cluster.id] ?? .normal)
                }
                let overview = BackupOverview(
                    clusterId: cluster.id, backupScheduleStatus: schedule,
                    lastDataBackupTime: OCPTimestamp(date: Fixtures.now.addingTimeInterval(-3600)),
                    latestLogBackupCheckpoint: OCPTimestamp(date: Fixtures.now.addingTimeInterval(-30)), logBackupDelaySeconds: 30)
                return HealthInput(
                    cluster: cluster, overview: failing ? .failed("OCP answered 500 (code 10001, traceId t-1): try again.") : .read(overview),
                    strategy: .read(Fixtures.strategy(clusterId: cluster.id)), alerts: alerts, now: Fixtures.now)
            })
    }
}
