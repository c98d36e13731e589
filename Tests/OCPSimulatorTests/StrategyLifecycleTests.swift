import Foundation
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import Testing

@Suite("Strategy read-back, modify and delete")
struct StrategyLifecycleTests {
    private static func path(_ id: Int64) -> String { "/api/v2/ob/clusters/\(id)/backup/config/backupStrategy" }

    private func read(_ client: any TestClientProtocol, _ id: Int64) async throws -> BackupStrategy {
        let response = try await client.execute(uri: Self.path(id), method: .get, headers: SimulatorHarness.basicHeaders)
        #expect(response.status == .ok)
        return try SimulatorHarness.data(response, as: BackupStrategy.self)
    }

    private func patch(_ client: any TestClientProtocol, _ id: Int64, _ body: some Encodable) async throws -> TestResponse {
        try await client.execute(uri: Self.path(id), method: .patch, headers: SimulatorHarness.basicHeaders, body: try SimulatorHarness.body(body))
    }

    @Test func readBackMasksSecretsAndShowsProtocols() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: Self.path(StrategySamples.risk), method: .get, headers: SimulatorHarness.basicHeaders)
            let text = String(buffer: response.body)
            #expect(text.contains("\"accessKeySecret\":\"******\""))
            #expect(!text.contains("demo-oss-secret-1"))
            let risk = try SimulatorHarness.data(response, as: BackupStrategy.self)
            #expect(risk.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.storageUrl == "oss://risk-backup/primary")
            let core = try await read(client, StrategySamples.core)
            #expect(core.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.storageUrl == "file:///obbackup/core/")
            #expect(core.backupDimension == .cluster)
            #expect(core.type == "BACKUP")
            #expect(core.clusterName == "交易核心集群")
            #expect(core.obBackupThresholdConfig?.logBackupDelaySeconds == 300)
            #expect(core.obBackupServiceStorageConfig?.storageId == 2_000_001)
            #expect(core.id != nil && core.createTime != nil && core.updateTime != nil && core.obClusterId == 1)
        }
    }

    @Test func sendingTheReadStrategyBackIsUnchanged() async throws {
        try await SimulatorHarness.withRouter { client in
            for id in [StrategySamples.core, StrategySamples.risk, 1_000_008] {
                let current = try await read(client, id)
                let response = try await patch(client, id, current.asRequest)
                #expect(response.status == .badRequest)
                #expect(try SimulatorHarness.error(response).code == "BAK21016")
            }
        }
    }

    @Test func modifyKeepsStorageIdsAndMaskedSecrets() async throws {
        try await SimulatorHarness.withRouter { client in
            let before = try await read(client, StrategySamples.risk)
            var request = before.asRequest
            request.obBackupScheduleConfig?.backupScheduleTime = "15:18:00.000+08:00"
            let response = try await patch(client, StrategySamples.risk, request)
            #expect(response.status == .ok)
            let result = try SimulatorHarness.data(response, as: BackupCommonResponse.self)
            #expect(result.obBackupTaskType == .updateStrategy)
            #expect(result.backupObjectOpsResultList?.first?.taskIdList == [])
            let after = try await read(client, StrategySamples.risk)
            #expect(after.obBackupScheduleConfig?.backupScheduleTime == "15:18:00.000+08:00")
            #expect(after.obBackupServiceStorageConfig?.storageId == before.obBackupServiceStorageConfig?.storageId)
            #expect(after.id == before.id)
            #expect(after.createTime == before.createTime)
        }
    }

    @Test func maskedSecretIsKeptInTheStore() async throws {
        let environment = try SimulatorEnvironment(SimulatorHarness.configuration())
        let seed = try #require(environment.state.catalog.seed(id: StrategySamples.risk))
        let before = try #require(await environment.state.strategy(clusterId: StrategySamples.risk))
        var request = StrategyNormalizer.readBack(before).asRequest
        request.obBackupThresholdConfig?.dataBackupTimeoutMinutes = 60
        _ = try await environment.state.modify(request, for: seed)
        let after = try #require(await environment.state.strategy(clusterId: StrategySamples.risk))
        let key = after.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey
        #expect(key?.accessKeySecret?.reveal() == "demo-oss-secret-1")
        #expect(after.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.storageUrl == "risk-backup/primary")
    }

    @Test func createThenReadThenDelete() async throws {
        try await SimulatorHarness.withRouter { client in
            let created = try await client.execute(
                uri: Self.path(StrategySamples.payments), method: .post, headers: SimulatorHarness.basicHeaders,
                body: try SimulatorHarness.body(StrategySamples.oss(secret: "top-secret-oss")))
            #expect(created.status == .ok)
            let read = try await client.execute(uri: Self.path(StrategySamples.payments), method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(!String(buffer: read.body).contains("top-secret-oss"))
            let strategy = try SimulatorHarness.data(read, as: BackupStrategy.self)
            #expect(strategy.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey?.accessKeySecret?.isMaskPlaceholder == true)
            #expect(strategy.obBackupServiceStorageConfig?.storageId != nil)
            #expect(strategy.secondaryBackupEnabled == false)
            #expect(strategy.obBackupScheduleConfig?.backupScheduleEnabled == true)
            let deleted = try await client.execute(uri: Self.path(StrategySamples.payments), method: .delete, headers: SimulatorHarness.basicHeaders)
            #expect(deleted.status == .ok)
            let result = try SimulatorHarness.data(deleted, as: BackupCommonResponse.self)
            #expect(result.obBackupTaskType == .deleteStrategy)
            #expect(result.backupObjectOpsResultList?.first?.taskIdList == nil)
            #expect(!String(buffer: deleted.body).contains("taskIdList"))
            let gone = try await client.execute(uri: Self.path(StrategySamples.payments), method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(try SimulatorHarness.error(gone).code == "BAK21006")
        }
    }

    @Test func changedUrlWithProtocolIsStillRejectedOnModify() async throws {
        try await SimulatorHarness.withRouter { client in
            var request = try await read(client, StrategySamples.core).asRequest
            request.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.storageUrl = "file:///elsewhere/"
            let response = try await patch(client, StrategySamples.core, request)
            #expect(response.status == .badRequest)
            #expect(try SimulatorHarness.error(response).code == "BAK10002")
        }
    }
}
