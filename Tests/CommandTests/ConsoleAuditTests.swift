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
}
