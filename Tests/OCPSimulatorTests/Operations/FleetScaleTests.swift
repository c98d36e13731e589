import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// A large generated fleet lives too: each cluster's history is derived when it is read, and
/// fleet-wide questions visit only the clusters whose scenario is eventful.
@Suite("Generated clusters in the living fleet")
struct FleetScaleTests {
    @Test func generatedClustersHaveStrategiesHistoryAndTheirShareOfProblems() async throws {
        let clock = SimulatorClock.manual(at: SimulatorHarness.fixedNow)
        try await LiveSimulator.with(SimulatorConfiguration(port: 0, generatedClusters: 10_000, clock: clock, seed: 3)) { _, client in
            let first = DemoFixtures.firstId + Int64(DemoFixtures.seeds.count)
            let healthy = try await client.backupOverview(clusterId: first).value
            #expect(healthy.obClusterBackupStatus == .hasStrategy && healthy.backupScheduleStatus == .normal && healthy.lastDataBackupTime != nil)
            #expect(try await client.backupStrategyIfAny(clusterId: first + 4) == nil, "every tenth has no strategy")
            #expect(try await client.backupOverview(clusterId: first + 43).value.backupScheduleStatus == .paused)
            #expect(try await client.backupOverview(clusterId: first + 3).value.backupScheduleStatus == .abnormal)
            #expect((try await client.backupOverview(clusterId: first + 23).value.logBackupDelaySeconds ?? 0) > 300, "a lagging one")
            let alarms = try await client.activeBackupAlarms()
            let names = Set(alarms.compactMap(\.clusterName))
            #expect(names.contains("gen-000014") && names.contains("gen-000024") && names.contains("gen-000034"))
            #expect(!names.contains("gen-000001"), "healthy generated clusters raise nothing")
            #expect(alarms.count > 200, "read across pages of 200: \(alarms.count)")
            let deleted = try await client.deleteBackupStrategy(clusterId: first)
            #expect(deleted.value.obBackupTaskType == .deleteStrategy)
            #expect(try await client.backupStrategyIfAny(clusterId: first) == nil, "a made-up strategy can be deleted")
        }
    }

    @Test func theHostileFleetLiesInTaskMessagesAndLogs() async throws {
        let clock = SimulatorClock.manual(at: SimulatorHarness.fixedNow)
        // The 10 MB log takes a debug build seconds to make and send; a loaded machine more.
        try await LiveSimulator.with(SimulatorConfiguration(port: 0, fixtures: .hostile, clock: clock, seed: 4), timeout: .seconds(120)) {
            _, client in
            let none = try await client.allDataBackupTasks(clusterId: DemoFixtures.firstId + 1)
            #expect(none.isEmpty, "odd clusters without a strategy have no backups")
            let tasks = try await client.allTaskInstances(TaskListQuery(clusterId: DemoFixtures.firstId))
            let task = try #require(tasks.first)
            let detail = try await client.taskInstance(id: task.id).value
            let copy = try #require(detail.subtasks?.first { $0.name == "Wait data backup finished" })
            let log = try await client.subtaskLog(taskId: task.id, subtaskId: copy.id).value.log
            #expect(log.utf8.count >= 10 << 20, "the big log: \(log.utf8.count) bytes")
            #expect(log.unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, "escapes and bidi controls in the log")
            #expect(SubtaskLog(log: log).tail(50).allSatisfy { !$0.unicodeScalars.contains(where: TextSanitizer.isUnsafe) })
            let rows = try await client.allDataBackupTasks(clusterId: DemoFixtures.firstId + 2)
            #expect(rows.contains { $0.statusClass == .failed && ($0.errorMsg ?? "").unicodeScalars.contains(where: TextSanitizer.isUnsafe) })
        }
    }
}
