import Foundation
import Hummingbird
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import Testing

/// Every rule of the operations endpoints, with OCP's codes (router tests at the harness's fixed
/// time, 2024-06-01T12:00 at +08:00).
@Suite("Operations rules with OCP's codes")
struct OperationRuleTests {
    static let core: Int64 = 1_000_001
    static let trade: Int64 = 1_000_000_001
    static let inWindow = "2024-06-01T11:50:00.000+08:00"

    func failure(_ uri: String, _ body: String? = nil) async throws -> (status: Int, code: String) {
        try await RouterCalls.with { calls in try calls.failure(try await calls.post(uri, body)) }
    }

    func get(_ uri: String) async throws -> (status: Int, code: String) {
        try await RouterCalls.with { calls in try calls.failure(try await calls.get(uri)) }
    }

    @Test func unknownClustersAndBadIds() async throws {
        #expect(try await get("/api/v2/ob/clusters/77/backup/overview") == (404, "OBE11001"))
        #expect(try await get("/api/v2/ob/clusters/abc/tenants") == (400, "COM10001"))
        #expect(try await get("/api/v2/ob/clusters/1000001/tenants/5/backup/info") == (404, "OBE21003"))
        #expect(try await get("/api/v2/ob/clusters/1000001/tenants?sort=mode,asc") == (400, "COM10011"))
    }

    @Test func taskListsNeedPageAndSizeAndReadableTimes() async throws {
        let base = "/api/v2/ob/clusters/1000001/backup/task/dataBackupTasks"
        #expect(try await get(base) == (400, "COM10001"))
        #expect(try await get(base + "?page=1") == (400, "COM10001"))
        #expect(try await get(base + "?page=1&size=10&startTime=2024-06-01T00:00:00+08:00") == (400, "COM10001"), "a raw + is a space")
        #expect(try await get(base + "?page=1&size=10&startTime=2024-06-01T00%3A00%3A00%2B08%3A00") == (200, ""))
        #expect(try await get(base + "?page=1&size=10&startTime=2024-06-01T00%3A00%3A00Z") == (200, ""))
        #expect(try await get("/api/v2/ob/clusters/1000001/backup/task/logBackupTasks?page=x&size=1") == (400, "COM10001"))
    }

    @Test func backupNowRules() async throws {
        let path = { (id: Int64) in "/api/v2/ob/clusters/\(id)/backup/backupNow" }
        #expect(try await failure(path(1_000_002), OperationBodies.backupNow("FULL_BACKUP")) == (400, "BAK40002"), "a standby")
        #expect(try await failure(path(1_000_007), OperationBodies.backupNow("FULL_BACKUP")) == (400, "BAK31001"), "a stopped cluster")
        #expect(try await failure(path(Self.core), OperationBodies.backupNow("WEEKLY_BACKUP")) == (400, "BAK10002"))
        #expect(try await failure(path(Self.core), OperationBodies.backupNow("FULL_BACKUP", mode: "LOGICAL_BACKUP")) == (400, "BAK21008"))
        #expect(try await failure(path(1_000_004), OperationBodies.backupNow("FULL_BACKUP", mode: "PHYSICAL_BACKUP")) == (400, "BAK21008"))
        #expect(try await failure(path(1_000_006), OperationBodies.backupNow("INCREMENTAL_BACKUP", mode: "LOGICAL_BACKUP")) == (400, "BAK10002"))
        #expect(try await failure(path(Self.core), OperationBodies.backupNow("FULL_BACKUP", url: "")) == (400, "BAK29018"))
        let oss =
            #"{"dataBackupMode":"FULL_BACKUP","obBackupServiceStorageConfig":{"obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_OSS","storageUrl":"b/p","ossAccessKey":{"accessKeyId":"k","accessKeySecret":"s"}}}}"#
        #expect(try await failure(path(Self.core), oss) == (400, "BAK29019"))
        #expect(try await failure(path(Self.core), #"{"dataBackupMode":"FULL_BACKUP"}"#) == (400, "BAK10002"), "no storage")
        #expect(try await failure(path(Self.core), "{not json") == (400, "BAK10001"))
        #expect(try await failure(path(77), OperationBodies.backupNow("FULL_BACKUP")) == (404, "OBE11001"))
    }

    @Test func aSecondBackupWhileOneRunsIsBAK31005() async throws {
        try await RouterCalls.with { calls in
            let first = try await calls.post("/api/v2/ob/clusters/1000001/backup/backupNow", OperationBodies.backupNow("FULL_BACKUP", mode: nil))
            let started = try calls.data(first, as: BackupCommonResponse.self)
            #expect(started.obBackupTaskType == .dataBackupNow && started.allTaskIds == [3_000_101])
            let second = try await calls.post("/api/v2/ob/clusters/1000001/backup/backupNow", OperationBodies.backupNow("INCREMENTAL_BACKUP"))
            #expect(try calls.failure(second) == (409, "BAK31005"))
            #expect(try SimulatorHarness.error(second).message.contains("3000101"), "the running task is named")
        }
    }

    @Test func pauseAndResumeNeedAStrategy() async throws {
        let path = "/api/v2/ob/clusters/1000009/backup/config/backupStrategy/"
        #expect(try await failure(path + "stopSchedule") == (404, "BAK21006"))
        #expect(try await failure(path + "startSchedule") == (404, "BAK21006"))
        try await RouterCalls.with { calls in
            let stop = try calls.data(
                try await calls.post("/api/v2/ob/clusters/1000001/backup/config/backupStrategy/stopSchedule"), as: BackupCommonResponse.self)
            #expect(stop.obBackupTaskType == .stopSchedule && stop.allTaskIds.isEmpty)
            let again = try calls.data(
                try await calls.post("/api/v2/ob/clusters/1000001/backup/config/backupStrategy/stopSchedule"), as: BackupCommonResponse.self)
            #expect(again.backupObjectOpsResultList?.first?.beSuccessful == true, "stopping a stopped schedule is a no-op")
            let overview = try calls.data(try await calls.get("/api/v2/ob/clusters/1000001/backup/overview"), as: BackupOverview.self)
            #expect(overview.backupScheduleStatus == .paused)
            let start = try calls.data(
                try await calls.post("/api/v2/ob/clusters/1000001/backup/config/backupStrategy/startSchedule"), as: BackupCommonResponse.self)
            #expect(start.obBackupTaskType == .startSchedule)
        }
    }

    @Test func restoreRules() async throws {
        let path = "/api/v2/ob/clusters/1000001/backup/restore"
        func body(
            _ tenant: Int64 = Self.trade, _ target: Int64 = 1_000_010, time: String = Self.inWindow, name: String = "trade_r1",
            zones: [(String, Int)] = [("zone1", 1)]
        ) -> String {
            OperationBodies.restore(tenantId: tenant, target: target, at: time, name: name, zones: zones)
        }
        #expect(try await failure(path, body()) == (200, ""))
        #expect(try await failure(path, body(42)) == (404, "OBE21003"), "an unknown source tenant")
        #expect(try await failure(path, body(1_000_000_000)) == (404, "OBE21003"), "sys is not a source")
        #expect(try await failure(path, body(Self.trade, 77)) == (404, "OBE11001"), "an unknown target")
        #expect(try await failure(path, body(Self.trade, 1_000_007)) == (400, "BAK10002"), "a stopped target")
        #expect(try await failure(path, body(Self.trade, 1_000_002)) == (400, "BAK10002"), "a standby target")
        #expect(try await failure(path, body(Self.trade, 1_000_005)) == (400, "BAK10002"), "a target older than the source")
        #expect(try await failure(path, body(zones: [("zone9", 1)])) == (400, "BAK10002"), "a zone the target lacks")
        #expect(try await failure(path, body(Self.trade, 1_000_009, zones: [("zone1", 1), ("zone2", 2)])) == (400, "BAK42003"), "4.x unit counts")
        #expect(try await failure(path, body(zones: [("zone1", 0)])) == (400, "BAK42003"), "no units")
        #expect(try await failure(path, body(name: "sys")) == (409, "BAK42005"), "a taken name")
        #expect(try await failure(path, body(name: "1bad")) == (400, "BAK10002"), "not a tenant name")
        #expect(try await failure(path, body(time: "2024-05-20T00:00:00.000+08:00")) == (400, "BAK10002"), "outside every window")
        #expect(try await failure(path, body(time: "2024-06-01T12:30:00.000+08:00")) == (400, "BAK10002"), "after the checkpoint")
        #expect(try await failure(path, body(time: "yesterday")) == (400, "BAK10002"))
        #expect(try await failure(path, #"{"backupTenantStatus":"SOMEWHERE"}"#) == (400, "BAK10002"))
        let offline =
            #"{"backupTenantStatus":"OFFLINE","restoreOfflineTenantRequiredParam":{"backupMode":"PHYSICAL_BACKUP","backupClusterName":"交易核心集群","backupTenantName":"ghost","restoreClusterId":1000010,"obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_FILE","storageUrl":"/obbackup/core/"},"restoreEndTime":"\#(Self.inWindow)","restoreTenantInfoParam":{"name":"ghost_r","zones":[{"name":"zone1","replicaType":"FULL","resourcePool":{"unitCount":1,"unitSpecName":"S1"}}]}}}"#
        #expect(try await failure(path, offline) == (400, "BAK41001"))
        #expect(try await failure(path, offline.replacingOccurrences(of: "ghost\"", with: "trade\"")) == (200, ""))
    }

    @Test func aTimeOutsideEveryWindowNamesTheNearestRecoverableTimes() async throws {
        try await RouterCalls.with { calls in
            let response = try await calls.post(
                "/api/v2/ob/clusters/1000003/backup/restore",
                OperationBodies.restore(tenantId: 1_000_000_021, target: 1_000_010, at: "2024-06-01T10:00:00.000+08:00", source: 1_000_003))
            #expect(try calls.failure(response) == (400, "BAK10002"))
            let message = try SimulatorHarness.error(response).message
            #expect(message.contains("latest before: 2024-06-01T07:59") && !message.contains("earliest after"), "\(message)")
        }
    }

    @Test func aRestoreToANameBeingRestoredIsBAK42004() async throws {
        try await RouterCalls.with { calls in
            let body = OperationBodies.restore(tenantId: Self.trade, target: 1_000_010, at: Self.inWindow)
            let started = try calls.data(try await calls.post("/api/v2/ob/clusters/1000001/backup/restore", body), as: BackupCommonResponse.self)
            #expect(started.obBackupTaskType == .restore && started.allTaskIds.count == 1)
            #expect(try calls.failure(try await calls.post("/api/v2/ob/clusters/1000001/backup/restore", body)) == (409, "BAK42004"))
        }
    }

    @Test func taskRules() async throws {
        #expect(try await get("/api/v2/tasks/instances/12345") == (404, "TSK10001"))
        #expect(try await get("/api/v2/tasks/instances/x") == (404, "TSK10001"))
        #expect(try await failure("/api/v2/tasks/instances/12345/retry") == (404, "TSK10001"))
        #expect(try await get("/api/v2/tasks/instances?status=DONE") == (400, "COM10001"))
        #expect(try await get("/api/v2/tasks/instances?sort=name,asc") == (400, "COM10011"))
        try await RouterCalls.with { calls in
            let list = try calls.data(
                try await calls.get("/api/v2/tasks/instances?clusterId=1000001&status=SUCCESSFUL&size=1"), as: OCPPage<TaskInstance>.self)
            let done = try #require(list.contents.first)
            #expect(try calls.failure(try await calls.post("/api/v2/tasks/instances/\(done.id)/retry")) == (400, "TSK10007"))
            #expect(try calls.failure(try await calls.get("/api/v2/tasks/instances/\(done.id)/subtasks/1/log")) == (404, "TSK10001"))
            #expect(try calls.failure(try await calls.get("/api/v2/tasks/instances?clusterId=77")) == (404, "OBE11001"))
        }
    }

    @Test func alarmRules() async throws {
        #expect(try await get("/api/v2/alarm/alarms?level=9") == (400, "COM10001"))
        #expect(try await get("/api/v2/alarm/alarms/1") == (404, "COM10002"))
        try await RouterCalls.with { calls in
            let page = try calls.data(try await calls.get("/api/v2/alarm/alarms?size=5000"), as: OCPPage<AlarmEvent>.self)
            #expect(page.page?.size == 200, "alert pages hold at most 200")
            #expect(try calls.data(try await calls.get("/api/v2/alarm/alarms?appType=OB"), as: OCPPage<AlarmEvent>.self).contents.isEmpty)
        }
    }

    @Test func faultsReachTheNewEndpoints() async throws {
        let configuration = SimulatorHarness.configuration(faults: FaultOptions(errorRate: 1, pathPrefix: "/api/v2/tasks"))
        try await RouterCalls.with(configuration) { calls in
            let tasks = try await calls.get("/api/v2/tasks/instances")
            #expect(try calls.failure(tasks) == (500, "COM10000"))
            #expect(try calls.failure(try await calls.get("/api/v2/ob/clusters/1000001/backup/overview")) == (200, ""))
        }
    }
}
