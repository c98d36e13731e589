import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// `--state FILE` keeps the living fleet: tasks, pauses, retries, restored tenants and the
/// clock's position survive a restart; a format-1 file (strategies only) is still read.
@Suite("The living fleet's state across restarts")
struct OperationStateTests {
    private func folder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ocpsim-ops-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func tasksTenantsAndTheClockSurviveARestart() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("state.json").path
        let clock = SimulatorClock.manual(at: SimulatorHarness.fixedNow)
        let (backupId, restoreId) = try await LiveSimulator.with(SimulatorConfiguration(port: 0, stateFile: file, clock: clock, seed: 1)) {
            _, client in
            let storage = StorageConfig(
                configName: "nfs_now", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/b/"),
                alarmStoragePercentageThreshold: 80)
            let backup = try await client.backupNow(
                clusterId: 1_000_005, BackupNowRequest(backupMode: .physical, dataBackupMode: .incremental, obBackupServiceStorageConfig: storage))
            _ = try await client.stopBackupSchedule(clusterId: 1_000_001)
            let at = SimulatorHarness.fixedNow.addingTimeInterval(-600)
            let body = RestoreRequest.online(
                sourceClusterId: 1_000_001, tenantId: 1_000_000_001, targetClusterId: 1_000_010, pointInTime: at, offsetSeconds: 8 * 3600,
                tenant: RestoreTenantInfo(
                    name: "kept_r", zones: [RestoreZone(name: "zone1", resourcePool: RestoreResourcePool(unitSpecName: "S1", unitCount: 1))]))
            let restore = try await client.restore(clusterId: 1_000_001, body)
            clock.advance(by: 7200)
            return (try #require(backup.value.allTaskIds.first), try #require(restore.value.allTaskIds.first))
        }
        let saved = try #require(try StateFile(path: file).load())
        #expect(
            saved.version == 2 && saved.clock == SimulatorHarness.fixedNow.addingTimeInterval(7200), "the clock's position is written at shutdown")
        #expect(saved.origin == SimulatorHarness.fixedNow && saved.nextTaskId == 3_000_103)
        let wall = Date(timeIntervalSince1970: 1_900_000_000)
        // Basic credentials (the default): the wall clock of this start is far from the client's.
        try await LiveSimulator.with(SimulatorConfiguration(port: 0, stateFile: file, now: { wall }, seed: 1)) { server, client in
            let overview = try await client.backupOverview(clusterId: 1_000_001)
            #expect(overview.serverTime?.date == SimulatorHarness.fixedNow.addingTimeInterval(7200), "the clock resumes where it stopped")
            #expect(overview.value.backupScheduleStatus == .paused)
            #expect(try await client.taskInstance(id: backupId).value.status == .failed, "an incremental before any full failed")
            #expect(try await client.taskInstance(id: restoreId).value.status == .successful)
            #expect(try await client.allTenants(clusterId: 1_000_010).contains { $0.name == "kept_r" })
            #expect(server.state.origin == SimulatorHarness.fixedNow, "scenarios stay where they were")
        }
    }

    @Test func aFormatOneFileIsRead() async throws {
        let directory = try folder()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("v1.json").path
        try Data(#"{"version":1,"nextStrategyId":200,"nextStorageId":2000200,"nextTaskId":3000200,"strategies":[]}"#.utf8)
            .write(to: URL(fileURLWithPath: file))
        let clock = SimulatorClock.manual(at: SimulatorHarness.fixedNow)
        try await LiveSimulator.with(SimulatorConfiguration(port: 0, stateFile: file, clock: clock, seed: 1)) { _, client in
            let strategy = try await client.backupStrategyIfAny(clusterId: 1_000_001)
            #expect(strategy == nil, "its strategies replace the fixtures'")
            #expect(try await client.backupOverview(clusterId: 1_000_001).value.obClusterBackupStatus == .noStrategy)
        }
        #expect(try StateFile(path: file).load()?.version == 2, "written back in the current format")
    }
}
