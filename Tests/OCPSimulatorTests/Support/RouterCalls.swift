import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import Testing

/// Calls on a router under test with the demo Basic credentials, read as OCP answers.
struct RouterCalls {
    let client: any TestClientProtocol

    /// `GET uri`.
    func get(_ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: SimulatorHarness.basicHeaders)
    }

    /// `POST uri` with a JSON body (or none).
    func post(_ uri: String, _ body: String? = nil) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .post, headers: SimulatorHarness.basicHeaders, body: body.map { ByteBuffer(string: $0) })
    }

    /// `(HTTP status, error.code)` of an answer (`""` for a success).
    func failure(_ response: TestResponse) throws -> (status: Int, code: String) {
        let code = response.status == .ok ? "" : try SimulatorHarness.error(response).code
        return (Int(response.status.code), code)
    }

    /// The `data` of a success.
    func data<Value: Codable & Sendable>(_ response: TestResponse, as type: Value.Type) throws -> Value {
        try #require(response.status == .ok, "HTTP \(response.status.code): \(String(buffer: response.body))")
        return try SimulatorHarness.data(response, as: type)
    }

    /// Runs `body` against the router of a fresh simulator at the harness's fixed time.
    static func with<Value: Sendable>(
        _ configuration: SimulatorConfiguration = SimulatorHarness.configuration(), _ body: @Sendable (RouterCalls) async throws -> Value
    ) async throws -> Value {
        try await SimulatorHarness.withRouter(configuration) { client in try await body(RouterCalls(client: client)) }
    }
}

/// Request bodies of the operations tests.
enum OperationBodies {
    /// Back up now with a FILE storage (`mode` nil leaves `backupMode` out, as the cluster sample does).
    static func backupNow(_ kind: String, mode: String? = "PHYSICAL_BACKUP", url: String = "/obbackup/now/") -> String {
        let modePart = mode.map { #""backupMode":"\#($0)","# } ?? ""
        return #"{\#(modePart)"dataBackupMode":"\#(kind)","obBackupServiceStorageConfig":{"configName":"nfs_now","#
            + #""obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_FILE","storageUrl":"\#(url)"}}}"#
    }

    /// An online restore body.
    static func restore(
        tenantId: Int64, target: Int64, at time: String, name: String = "trade_r1", zones: [(String, Int)] = [("zone1", 1)], source: Int64 = 1_000_001
    ) -> String {
        let zoneText = zones.map { #"{"name":"\#($0.0)","replicaType":"FULL","resourcePool":{"unitCount":\#($0.1),"unitSpecName":"S1"}}"# }
            .joined(separator: ",")
        return #"{"backupTenantStatus":"ONLINE","restoreOnlineTenantRequiredParam":{"backupClusterId":\#(source),"backupTenantId":\#(tenantId),"#
            + #""restoreClusterId":\#(target),"restoreEndTime":"\#(time)","restoreTenantInfoParam":{"name":"\#(name)","zones":[\#(zoneText)]}}}"#
    }
}
