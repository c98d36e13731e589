import ConsoleCore
import Foundation
import OCPAPI
import Synchronization
import TestSupport
import Testing

@testable import ocpbackup

/// The console's audit records the prepared request it sends, byte for byte: with
/// `SubmitTests.theRequestSentIsTheRequestReviewed`, review, send and audit cannot differ.
@Suite struct ConsoleAuditTests {
    @Test func theEntryHoldsTheBytesThatWereSent() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("console-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = AuditLog(path: directory.appendingPathComponent("audit.log").path)
        let body = #"{"obBackupServiceStorageConfig":{"obBackupStorageBaseInfo":{"ossAccessKey":{"accessKeySecret":"hunter2"}}},"x":1}"#
        let mutation = PreparedMutation(
            operation: .create, clusterId: 7,
            request: PreparedRequest(method: "POST", path: OCPClient.strategyPath(clusterId: 7), body: Array(body.utf8)))
        let sent = Mutex<[PreparedMutation]>([])
        var live = ConsoleDependencies.failing
        live.mutate = { mutation in
            sent.withLock { $0.append(mutation) }
            return .failure(OCPAPIError(kind: .outcomeUnknown, message: "No answer came back for POST."))
        }
        let settings = ConnectionSettings(
            baseURL: try OCPBaseURL(parsing: "https://ocp.example.com:8080"), credentials: .accessKey(id: "AK1", secret: Secret("SK1")),
            tls: TLSOptions(), timeout: .seconds(5), language: nil, readonly: false, profileName: "prod")

        _ = await ConsoleAudit(settings: settings, log: log).wrapping(live).mutate(mutation)

        #expect(sent.withLock { $0 } == [mutation])
        let entry = try #require(try log.entries().first)
        #expect(entry.operation == "create")
        #expect(entry.clusterId == 7)
        #expect(entry.result == "unknown")
        #expect(entry.request == (try JSONValue.parse(Array(body.utf8)).maskingSecrets()))
        #expect(!String(decoding: try OCPJSON.encode(entry), as: UTF8.self).contains("hunter2"))
    }

    @Test func theOperationsAreRecordedByNameWithTheirTasks() async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("console-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let log = AuditLog(path: directory.appendingPathComponent("audit.log").path)
        var live = ConsoleDependencies.failing
        live.mutate = { mutation in
            let retried = mutation.operation == .retryTask ? TaskInstance(id: 3_000_101, status: .running) : nil
            let response = BackupCommonResponse(
                obBackupTaskType: nil,
                backupObjectOpsResultList: mutation.operation == .backupNow
                    ? [BackupObjectOpsResult(obBackupObjectList: nil, beSuccessful: true, taskIdList: [3_000_102])] : nil)
            return .success(MutationReceipt(response: response, traceId: "t", httpStatus: 200, task: retried))
        }
        let settings = ConnectionSettings(
            baseURL: try OCPBaseURL(parsing: "https://ocp.example.com:8080"), credentials: .accessKey(id: "AK1", secret: Secret("SK1")),
            tls: TLSOptions(), timeout: .seconds(5), language: nil, readonly: false, profileName: "prod")
        let audited = ConsoleAudit(settings: settings, log: log).wrapping(live)
        var strategy = BackupStrategy(id: 1, clusterId: 7, clusterName: "c", backupMode: .physical)
        strategy.obBackupServiceStorageConfig = StorageConfig(
            configName: "nfs", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "file:///b/"),
            alarmStoragePercentageThreshold: nil)
        let mutations: [PreparedMutation] = [
            try .backupNow(clusterId: 7, strategy: strategy, kind: .full), .schedule(clusterId: 7, pause: true),
            .schedule(clusterId: 7, pause: false),
            .retry(taskId: 3_000_101, clusterId: 7),
        ]
        for mutation in mutations { _ = await audited.mutate(mutation) }
        let entries = try log.entries()
        #expect(entries.map(\.operation) == ["backup-now", "pause-schedule", "resume-schedule", "retry-task"])
        #expect(entries.map(\.taskIds) == [[3_000_102], [], [], [3_000_101]])
        #expect(entries[0].request == (try JSONValue.parse(try #require(mutations[0].request.body))), "the body sent")
        #expect(entries.dropFirst().allSatisfy { $0.request == nil && $0.result == "success" && $0.clusterId == 7 })
    }
}
