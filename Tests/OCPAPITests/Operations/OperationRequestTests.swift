import Foundation
import OCPAPI
import TestSupport
import Testing

/// The operations requests as prepared (what `--dry-run` prints) and as sent: paths, canonical
/// queries, bodies serialized once, mutations never resent, lists read to the end.
struct OperationRequestTests {
    func client(_ transport: ScriptedTransport, sleeps: RecordedSleeps = RecordedSleeps()) throws -> OCPClient {
        OCPClient(
            configuration: OCPClientConfiguration(baseURL: try OCPBaseURL(parsing: "http://127.0.0.1:8080"), credentials: .anonymous),
            transport: transport, now: { Date(timeIntervalSince1970: 1_717_977_600) }, sleep: sleeps.sleep)
    }

    static func envelope(_ data: String) -> String {
        #"{"data":\#(data),"successful":true,"status":200,"timestamp":"2024-06-10T08:00:00.000+08:00","traceId":"0123456789abcdef"}"#
    }

    @Test func pathsAndQueries() throws {
        let requests = [
            OCPClient.tenantsRequest(clusterId: 5, page: 1, size: 10),
            OCPClient.overviewRequest(clusterId: 5),
            OCPClient.logBackupTasksRequest(clusterId: 5, page: 2, size: 5000),
            OCPClient.restoreTasksRequest(clusterId: 5, page: 1, size: 50),
            OCPClient.backupInfoRequest(clusterId: 5),
            OCPClient.tenantBackupInfoRequest(clusterId: 5, tenantId: 12),
            OCPClient.taskInstanceRequest(id: 3_000_190),
            OCPClient.subtaskLogRequest(taskId: 3_000_190, subtaskId: 4_000_711),
            OCPClient.taskInstancesRequest(TaskListQuery(statuses: [.running, .failed], clusterId: 5), page: 1, size: 50),
            OCPClient.alarmsRequest(.activeBackup, page: 3, size: 2000),
            OCPClient.alarmRequest(id: 1_000_321),
        ]
        #expect(
            requests.map(\.pathAndQuery) == [
                "/api/v2/ob/clusters/5/tenants?page=1&size=10&sort=name%2Casc",
                "/api/v2/ob/clusters/5/backup/overview",
                "/api/v2/ob/clusters/5/backup/task/logBackupTasks?page=2&size=2000",
                "/api/v2/ob/clusters/5/backup/task/restoreTasks?page=1&size=50",
                "/api/v2/ob/clusters/5/backup/info",
                "/api/v2/ob/clusters/5/tenants/12/backup/info",
                "/api/v2/tasks/instances/3000190",
                "/api/v2/tasks/instances/3000190/subtasks/4000711/log",
                "/api/v2/tasks/instances?clusterId=5&page=1&size=50&sort=id%2Cdesc&status=FAILED%2CRUNNING",
                "/api/v2/alarm/alarms?appType=Backup&page=3&size=200&status=Active",
                "/api/v2/alarm/alarms/1000321",
            ])
        #expect(requests.allSatisfy { $0.method == "GET" && $0.isIdempotent && $0.body == nil })
    }

    @Test func mutationsCarryTheirBodyOnceAndAreNotIdempotent() throws {
        var strategy = BackupStrategy(id: 1, clusterId: 5, backupMode: .physical)
        strategy.obBackupServiceStorageConfig = StorageConfig(
            configName: "nfs", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "file:///obbackup/"),
            alarmStoragePercentageThreshold: 80, storageId: 2_000_034)
        let now = try OCPClient.backupNowRequest(clusterId: 5, body: BackupNowRequest(strategy: strategy, kind: .incremental))
        #expect(now.method == "POST" && now.path == "/api/v2/ob/clusters/5/backup/backupNow" && !now.isIdempotent)
        #expect(
            String(decoding: try #require(now.body), as: UTF8.self)
                == #"{"backupMode":"PHYSICAL_BACKUP","dataBackupMode":"INCREMENTAL_BACKUP","obBackupObject":{"backupDimension":"CLUSTER","clusterId":5},"#
                + #""obBackupServiceStorageConfig":{"alarmStoragePercentageThreshold":80,"configName":"nfs","obBackupStorageBaseInfo":"#
                + #"{"backupStorageType":"BACKUP_STORAGE_FILE","storageUrl":"file:///obbackup/"},"storageId":2000034}}"#)
        let control = [
            OCPClient.stopScheduleRequest(clusterId: 5), OCPClient.startScheduleRequest(clusterId: 5), OCPClient.retryTaskRequest(id: 9),
        ]
        #expect(
            control.map(\.path) == [
                "/api/v2/ob/clusters/5/backup/config/backupStrategy/stopSchedule", "/api/v2/ob/clusters/5/backup/config/backupStrategy/startSchedule",
                "/api/v2/tasks/instances/9/retry",
            ])
        #expect(control.allSatisfy { $0.method == "POST" && $0.body == nil && !$0.isIdempotent })
        let body = try OCPJSON.decoder().decode(RestoreRequest.self, from: Data(OperationSamples.onlineRestore.utf8))
        let restore = try OCPClient.restoreRequest(clusterId: 5, body: body)
        let preview = try OCPClient.restorePreviewRequest(clusterId: 5, body: body)
        #expect(restore.path.hasSuffix("/backup/restore") && preview.path.hasSuffix("/backup/restore/preview") && restore.body == preview.body)
    }

    @Test func aMutationIsSentOnceEvenWhenOCPIsUnavailable() async throws {
        let transport = ScriptedTransport([.respond(503, [], ""), .respond(200, [], Self.envelope(OperationSamples.backupNowResponse))])
        let body = BackupNowRequest(backupMode: .physical, dataBackupMode: .full, obBackupServiceStorageConfig: nil)
        await #expect(throws: OCPAPIError.self) { try await client(transport).backupNow(clusterId: 5, body) }
        #expect(transport.sent.count == 1)
        let retried = ScriptedTransport([.respond(503, [], ""), .respond(200, [], Self.envelope(OperationSamples.overview))])
        let overview = try await client(retried).backupOverview(clusterId: 5)
        #expect(retried.sent.count == 2 && overview.value.clusterId == 1_000_005)
        #expect(overview.serverTime?.raw == "2024-06-10T08:00:00.000+08:00")
    }

    @Test func listsAreReadToTheEndWithoutTrustingTheEchoedPageSize() async throws {
        let first = #"{"contents":[{"id":1,"name":"a"},{"id":2,"name":"b"}],"page":{"number":1,"size":2000,"totalElements":3}}"#
        let second = #"{"contents":[{"id":3,"name":"c"}],"page":{"number":2,"size":1,"totalElements":3}}"#
        let transport = ScriptedTransport([.respond(200, [], Self.envelope(first)), .respond(200, [], Self.envelope(second))])
        let tenants = try await client(transport).allPages(of: Tenant.self, pageSize: 2) { page, size in
            OCPClient.tenantsRequest(clusterId: 5, page: page, size: size)
        }
        #expect(tenants.map(\.id) == [1, 2, 3])
        #expect(
            transport.sentRoutes == [
                "GET /api/v2/ob/clusters/5/tenants?page=1&size=2&sort=name%2Casc", "GET /api/v2/ob/clusters/5/tenants?page=2&size=2&sort=name%2Casc",
            ])
    }

    @Test func taskRowsComeNewestFirst() async throws {
        let rows = """
            {"contents":[{"taskId":1,"startTime":"2024-06-01T02:00:00.000+0800"},{"taskId":3},{"taskId":2,"startTime":"2024-06-03T02:00:00.000+0800"}],
             "page":{"number":1,"size":2000,"totalElements":3,"totalPages":1}}
            """
        let transport = ScriptedTransport([.respond(200, [], Self.envelope(rows))])
        let tasks = try await client(transport).allDataBackupTasks(
            clusterId: 5, range: .lastSevenDays(before: Date(timeIntervalSince1970: 1_717_977_600)))
        #expect(tasks.map(\.taskId) == [2, 1, 3])
        #expect(transport.sentRoutes.first?.contains("startTime=2024-06-03T00%3A00%3A00Z") == true)
    }

    @Test func theOneAlertAndThePreviewDecode() async throws {
        let transport = ScriptedTransport([
            .respond(200, [], Self.envelope(OperationSamples.alarmDetailInContents)), .respond(200, [], Self.envelope(OperationSamples.previewBare)),
        ])
        let client = try client(transport)
        #expect(try await client.alarm(id: 1_000_321).value.alarmType == "inc_backup_delay")
        let body = try OCPJSON.decoder().decode(RestoreRequest.self, from: Data(OperationSamples.onlineRestore.utf8))
        #expect(try await client.restorePreview(clusterId: 5, body).value.backupSets.count == 1)
    }
}
