import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// The OCPAPI client against a simulator over loopback, its clock stepped by hand: every
/// operations endpoint, backups that run to the end or fail, a retry, a restore that makes its
/// tenant.
@Suite("Operations: the client against a living simulator")
struct LiveOperationsTests {
    static let billing: Int64 = 1_000_005
    static let core: Int64 = 1_000_001
    static let payments: Int64 = 1_000_010

    /// A simulator whose clock stands at the harness's fixed time until advanced.
    static func with<Value: Sendable>(_ body: (SimulatorClock, OCPClient) async throws -> Value) async throws -> Value {
        let clock = SimulatorClock.manual(at: SimulatorHarness.fixedNow)
        return try await LiveSimulator.with(SimulatorConfiguration(port: 0, clock: clock, seed: 7), credentials: LiveSimulator.accessKey) {
            _, client in try await body(clock, client)
        }
    }

    static func storage() -> StorageConfig {
        StorageConfig(
            configName: "nfs_now", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/obbackup/now/"),
            alarmStoragePercentageThreshold: 80)
    }

    @Test func aBackupNowRunsToDone() async throws {
        try await Self.with { clock, client in
            let before = try await client.backupAbility(clusterId: Self.billing).value
            #expect(before.obDataBackupSupportAbility?.canDoIncrementalBackup == false)
            let started = try await client.backupNow(
                clusterId: Self.billing, BackupNowRequest(backupMode: .physical, dataBackupMode: .full, obBackupServiceStorageConfig: Self.storage()))
            let id = try #require(started.value.allTaskIds.first)
            clock.advance(by: 30)
            let running = try await client.taskInstance(id: id).value
            #expect(running.status == .running && running.type == .manual && running.cluster?.id == Self.billing)
            let progress = TaskProgress(running)
            #expect(progress.done >= 2 && progress.done < progress.total && progress.current != nil && !progress.isApproximate)
            #expect(running.subtasks?.map(\.name) != SubtaskOrder(running).subtasks.map(\.name), "OCP does not list them in order")
            let row = try #require(try await client.allDataBackupTasks(clusterId: Self.billing).first)
            #expect(row.statusClass == .running && row.dataBackupTaskType == .full && row.finishTime == nil)
            clock.advance(by: 3600)
            let done = try await client.taskInstance(id: id).value
            #expect(done.status == .successful && TaskProgress(done).fraction == 1 && done.finishTime != nil)
            let finished = try #require(try await client.allDataBackupTasks(clusterId: Self.billing).first)
            #expect(finished.status == .done && finished.finishTime?.date != nil)
            let overview = try await client.backupOverview(clusterId: Self.billing).value
            #expect(overview.lastDataBackupTime?.date == finished.finishTime?.date)
            #expect(overview.obClusterBackupStatus == .noStrategy && overview.backupScheduleStatus == BackupScheduleStatus.none)
            #expect(try await client.backupAbility(clusterId: Self.billing).value.obDataBackupSupportAbility?.canDoIncrementalBackup == true)
        }
    }

    @Test func anIncrementalBeforeAnyFullFailsAndARetryRunsItAgain() async throws {
        try await Self.with { clock, client in
            let incremental = BackupNowRequest(backupMode: .physical, dataBackupMode: .incremental, obBackupServiceStorageConfig: Self.storage())
            let id = try #require(try await client.backupNow(clusterId: Self.billing, incremental).value.allTaskIds.first)
            clock.advance(by: 60)
            let failed = try await client.taskInstance(id: id).value
            let point = try #require(TaskProgress(failed).failurePoint)
            #expect(failed.status == .failed && point.name == "Check if ready to data backup")
            let log = try await client.subtaskLog(taskId: id, subtaskId: point.id).value
            #expect(log.runs.count == 1 && log.tail(1).first?.contains("Full data backup needed before incremental data backup") == true)
            let row = try #require(try await client.allDataBackupTasks(clusterId: Self.billing).first)
            #expect(row.statusClass == .failed && row.errorMsg == "Full data backup needed before incremental data backup")

            let retried = try await client.retryTask(id: id).value
            #expect(retried.status == .running && retried.operation == .retry)
            clock.advance(by: 60)
            #expect(try await client.taskInstance(id: id).value.status == .failed, "still no full backup")
            let full = BackupNowRequest(backupMode: .physical, dataBackupMode: .full, obBackupServiceStorageConfig: Self.storage())
            _ = try await client.backupNow(clusterId: Self.billing, full)
            clock.advance(by: 3600)
            _ = try await client.retryTask(id: id)
            clock.advance(by: 600)
            let after = try await client.taskInstance(id: id).value
            #expect(after.status == .successful)
            let check = try #require(after.subtasks?.first { $0.name == "Check if ready to data backup" })
            #expect(check.runTime == 3 && check.operation == .retry)
            #expect(try await client.subtaskLog(taskId: id, subtaskId: check.id).value.runs.map(\.operation) == [.execute, .retry, .retry])
        }
    }

    @Test func theLastFullFailedUntilARetry() async throws {
        try await Self.with { clock, client in
            let cluster = try await client.cluster(id: 1_000_011).value
            let latest = try #require(
                try await client.allDataBackupTasks(clusterId: cluster.id, range: .lastSevenDays(before: SimulatorHarness.fixedNow)).first)
            #expect(latest.statusClass == .failed && latest.errorMsg == "Cluster compaction needed before full data backup")
            let failedTasks = try await client.allTaskInstances(TaskListQuery(statuses: [.failed], clusterId: cluster.id))
            let task = try #require(failedTasks.first)
            #expect(failedTasks.count == 1 && task.type == .scheduled && task.creator?.name == "system")
            #expect(TaskProgress(try await client.taskInstance(id: task.id).value).failurePoint?.name == "Start cluster compact if necessary")
            let alarms = try await client.activeBackupAlarms()
            #expect(BackupAlarmIndex(alarms).events(forClusterNamed: cluster.name).map(\.alarmType) == ["base_backup_fail"])
            _ = try await client.retryTask(id: task.id)
            clock.advance(by: 3600)
            #expect(try await client.taskInstance(id: task.id).value.status == .successful)
            #expect(BackupAlarmIndex(try await client.activeBackupAlarms()).events(forClusterNamed: cluster.name).isEmpty, "the alert cleared")
            let inactive = try await client.allAlarms(AlarmQuery(appType: "Backup", alarmType: "base_backup_fail", status: .inactive))
            #expect(inactive.contains { $0.clusterName == cluster.name && $0.resolvedAt != nil })
        }
    }

    @Test func scheduledBackupsRunOnTheirDaysAndPausingStopsThem() async throws {
        try await Self.with { clock, client in
            let week = OCPTimeRange.lastSevenDays(before: SimulatorHarness.fixedNow)
            let rows = try await client.allDataBackupTasks(clusterId: Self.core, range: week)
            // Saturday full, Tuesday and Thursday incrementals at 02:00 +08:00.
            #expect(rows.map(\.dataBackupTaskType) == [.full, .incremental, .incremental])
            #expect(rows.map { String($0.startTime?.raw.prefix(16) ?? "") } == ["2024-06-01T02:00", "2024-05-30T02:00", "2024-05-28T02:00"])
            #expect(rows.allSatisfy { $0.statusClass == .succeeded })
            _ = try await client.stopBackupSchedule(clusterId: Self.core)
            #expect(try await client.backupOverview(clusterId: Self.core).value.backupScheduleStatus == .paused)
            clock.advance(by: 8 * 86_400)
            let paused = OCPTimeRange(start: SimulatorHarness.fixedNow, end: SimulatorHarness.fixedNow.addingTimeInterval(8 * 86_400))
            #expect(try await client.allDataBackupTasks(clusterId: Self.core, range: paused).isEmpty, "no scheduled backup while paused")
            let log = try #require(try await client.allLogBackupTasks(clusterId: Self.core).first)
            #expect(log.statusClass == .running, "pausing leaves log backup running")
            _ = try await client.startBackupSchedule(clusterId: Self.core)
            clock.advance(by: 3 * 86_400)
            let resumed = try await client.allDataBackupTasks(
                clusterId: Self.core, range: OCPTimeRange(start: SimulatorHarness.fixedNow.addingTimeInterval(8 * 86_400)))
            #expect(!resumed.isEmpty && resumed.allSatisfy { $0.statusClass == .succeeded })
        }
    }

    @Test func theLogCheckpointTrailsTheClock() async throws {
        try await Self.with { clock, client in
            let first = try await client.backupOverview(clusterId: Self.core)
            let delay = try #require(first.value.logBackupDelaySeconds)
            #expect((32...48).contains(delay), "about 40 s behind")
            let checkpoint = try #require(first.value.latestLogBackupCheckpoint?.date)
            #expect(abs(SimulatorHarness.fixedNow.timeIntervalSince(checkpoint) - delay) < 1)
            #expect(first.serverTime?.date == SimulatorHarness.fixedNow, "the envelope carries the simulated time")
            clock.advance(by: 3600)
            let later = try #require(try await client.backupOverview(clusterId: Self.core).value.latestLogBackupCheckpoint?.date)
            #expect(abs(later.timeIntervalSince(checkpoint) - 3600) < 20)
            let log = try #require(try await client.allLogBackupTasks(clusterId: Self.core).first)
            #expect(log.statusClass == .running && (log.delay ?? 0) > 30 && log.delay != log.delay?.rounded(), "a fraction, as OCP sends it")
        }
    }

    @Test func aRestoreCreatesItsTenantAtTheEnd() async throws {
        try await Self.with { clock, client in
            let tenant = try #require(try await client.allTenants(clusterId: Self.core).first { !$0.isSystemTenant })
            let info = try await client.backupInfo(clusterId: Self.core)
            let windows = ClusterRecoverability(info.value, scope: RecoverabilityScope(end: try #require(info.serverTime?.date)))
            let latest = try #require(windows.tenant(id: tenant.id)?.latestRecoverableTime)
            let target = try await client.cluster(id: Self.payments).value
            let body = RestoreRequest.online(
                sourceClusterId: Self.core, tenantId: tenant.id, targetClusterId: target.id, pointInTime: latest, offsetSeconds: 8 * 3600,
                tenant: RestoreTenantInfo(
                    name: "trade_r1", zones: [RestoreZone(name: "zone1", resourcePool: RestoreResourcePool(unitSpecName: "S1", unitCount: 1))]))
            let preview = try await client.restorePreview(clusterId: Self.core, body).value
            #expect(
                preview.backupSets.count >= 1 && preview.logPieces.count >= 1 && preview.items.allSatisfy { $0.backupId?.isWrittenAsText == true })
            let id = try #require(try await client.restore(clusterId: Self.core, body).value.allTaskIds.first)
            clock.advance(by: 60)
            #expect(try await client.taskInstance(id: id).value.status == .running)
            #expect(try await client.allTenants(clusterId: Self.payments).allSatisfy { $0.name != "trade_r1" }, "not before the end")
            let row = try #require(try await client.allRestoreTasks(clusterId: Self.core).first)
            #expect(row.statusClass == .running && row.restoreTenantName == "trade_r1" && row.restoreClusterId == Self.payments)
            clock.advance(by: 3600)
            #expect(try await client.taskInstance(id: id).value.status == .successful)
            #expect(try await client.allTenants(clusterId: Self.payments).contains { $0.name == "trade_r1" })
            let targetRow = try #require(try await client.allRestoreTasks(clusterId: Self.payments).first)
            #expect(targetRow.statusClass == .succeeded && targetRow.status == .success && targetRow.restoreEndTime == body.restoreEndTime)
            do {
                _ = try await client.restore(clusterId: Self.core, body)
                Issue.record("a taken name was accepted")
            } catch let error as OCPAPIError {
                #expect(error.code == "BAK42005" && error.httpStatus == 409)
            }
        }
    }

    @Test func aLogInterruptionLeavesAGapAndTheDemoFleetHasItsMix() async throws {
        try await Self.with { _, client in
            let risk = try await client.backupInfo(clusterId: 1_000_003)
            let recoverability = ClusterRecoverability(risk.value, scope: RecoverabilityScope(end: SimulatorHarness.fixedNow))
            let tenant = try #require(recoverability.tenants.first)
            #expect(tenant.windows.count == 2 && tenant.gaps.count == 1, "a gap where the archive was interrupted")
            let latest = try #require(tenant.latestRecoverableTime)
            #expect(abs(SimulatorHarness.fixedNow.timeIntervalSince(latest) - 4 * 3600) < 60, "interrupted again four hours ago")
            let tenantInfo = try await client.tenantBackupInfo(clusterId: 1_000_003, tenantId: try #require(tenant.tenantId))
            let nine = try #require(tenantInfo.value.obRecoverableInfoAggregation?.items.last?.recoverableInterval?.endTime?.raw)
            #expect(nine.split(separator: ".").last?.prefix(9).allSatisfy(\.isNumber) == true, "nine digits: \(nine)")

            let alarms = BackupAlarmIndex(try await client.activeBackupAlarms())
            let clusters = try await client.allClusters()
            var levels: [String: HealthLevel] = [:]
            for cluster in clusters {
                let input = await client.healthInput(
                    for: ClusterSummary(cluster), deep: true, alerts: .read(alarms.events(forClusterNamed: cluster.name)))
                levels[cluster.name] = BackupHealth.evaluate(input).level
            }
            #expect(levels["交易核心集群"] == .ok && levels["analytics-31"] == .ok && levels["风控_备库"] == .ok && levels["archive-stopped"] == .ok)
            #expect(levels["风控_主库"] == .critical && levels["evil\u{1B}[31mred\u{07}bell\rcr"] == .critical)
            #expect(levels["ops-maintenance"] == .warning && levels["订单中心"] == .warning && levels["legacy-logical"] == .warning)
        }
    }
}
