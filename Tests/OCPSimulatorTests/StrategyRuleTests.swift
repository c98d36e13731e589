import Foundation
import Hummingbird
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import Testing

@Suite("Strategy rules with OCP's codes")
struct StrategyRuleTests {
    private static func path(_ id: Int64) -> String { "/api/v2/ob/clusters/\(id)/backup/config/backupStrategy" }

    /// Sends `request` with `method` to cluster `id` and returns the status, code and sub-error fields.
    private func send(
        _ request: BackupStrategyRequest, to id: Int64, method: HTTPRequest.Method = .post
    ) async throws -> (status: Int, code: String, fields: [String]) {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(
                uri: Self.path(id), method: method, headers: SimulatorHarness.basicHeaders, body: try SimulatorHarness.body(request))
            let envelope = try OCPJSON.decoder().decode(OCPErrorEnvelope.self, from: SimulatorHarness.bytes(response.body))
            return (
                Int(response.status.code), envelope.error?.code?.description ?? "",
                envelope.error?.subErrors?.compactMap(\.field) ?? []
            )
        }
    }

    @Test func validCreateReturnsATask() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(
                uri: Self.path(StrategySamples.orders), method: .post, headers: SimulatorHarness.basicHeaders,
                body: try SimulatorHarness.body(StrategySamples.physical()))
            #expect(response.status == .ok)
            let result = try SimulatorHarness.data(response, as: BackupCommonResponse.self)
            #expect(result.obBackupTaskType == .createStrategy)
            #expect(result.allTaskIds.count == 1)
            #expect(result.backupObjectOpsResultList?.first?.obBackupObjectList?.first?.clusterId == StrategySamples.orders)
            #expect(result.backupObjectOpsResultList?.first?.beSuccessful == true)
        }
    }

    @Test func physicalOnALogicalClusterIsBAK21008() async throws {
        let result = try await send(StrategySamples.physical(), to: StrategySamples.legacy)
        #expect(result.status == 400 && result.code == "BAK21008")
    }

    @Test func logicalOnALogicalClusterIsAccepted() async throws {
        #expect(try await send(StrategySamples.logical(), to: StrategySamples.legacy).status == 200)
    }

    @Test func logicalWithIncrementalIsRejected() async throws {
        var request = StrategySamples.logical()
        request.obBackupScheduleConfig?.dayAndDataBackupModelMap = ["1": .full, "3": .incremental]
        let result = try await send(request, to: StrategySamples.legacy)
        #expect(result.status == 400 && result.code == "BAK10002")
        #expect(result.fields.contains("obBackupScheduleConfig.dayAndDataBackupModelMap.3"))
    }

    @Test func existingStrategyOnCreateIsBAK21001() async throws {
        let result = try await send(StrategySamples.physical(), to: StrategySamples.core)
        #expect(result.status == 409 && result.code == "BAK21001")
    }

    @Test func noStrategyOnGetModifyDeleteIsBAK21006() async throws {
        try await SimulatorHarness.withRouter { client in
            let path = Self.path(StrategySamples.orders)
            let get = try await client.execute(uri: path, method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(get.status == .notFound)
            #expect(try SimulatorHarness.error(get).code == "BAK21006")
            let patch = try await client.execute(
                uri: path, method: .patch, headers: SimulatorHarness.basicHeaders, body: try SimulatorHarness.body(StrategySamples.physical()))
            #expect(patch.status == .notFound)
            #expect(try SimulatorHarness.error(patch).code == "BAK21006")
            let delete = try await client.execute(uri: path, method: .delete, headers: SimulatorHarness.basicHeaders)
            #expect(delete.status == .notFound)
            #expect(try SimulatorHarness.error(delete).code == "BAK21006")
        }
    }

    @Test func badTimeIsBAK21007() async throws {
        let result = try await send(StrategySamples.physical(time: "2:00"), to: StrategySamples.orders)
        #expect(result.status == 400 && result.code == "BAK21007")
        #expect(result.fields == ["obBackupScheduleConfig.backupScheduleTime"])
    }

    @Test func weekDayOutOfRangeIsRejected() async throws {
        var request = StrategySamples.physical()
        request.obBackupScheduleConfig?.dayAndDataBackupModelMap = ["8": .full]
        let result = try await send(request, to: StrategySamples.orders)
        #expect(result.status == 400 && result.code == "BAK10002")
        #expect(result.fields == ["obBackupScheduleConfig.dayAndDataBackupModelMap.8"])
    }

    @Test func monthWithElevenDaysIsRejected() async throws {
        var request = StrategySamples.physical()
        request.obBackupScheduleConfig?.backupScheduleMode = .month
        request.obBackupScheduleConfig?.dayAndDataBackupModelMap = Dictionary(
            uniqueKeysWithValues: (1...11).map { (String($0), DataBackupKind.full) })
        let result = try await send(request, to: StrategySamples.orders)
        #expect(result.status == 400 && result.code == "BAK10002")
        #expect(result.fields == ["obBackupScheduleConfig.dayAndDataBackupModelMap"])
        request.obBackupScheduleConfig?.dayAndDataBackupModelMap?["11"] = nil
        #expect(try await send(request, to: StrategySamples.orders).status == 200)
    }

    @Test func storageUrlWithProtocolIsRejectedOnCreate() async throws {
        var request = StrategySamples.physical()
        request.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.storageUrl = "file:///obbackup/"
        let result = try await send(request, to: StrategySamples.orders)
        #expect(result.status == 400 && result.code == "BAK10002")
        #expect(result.fields == ["obBackupServiceStorageConfig.obBackupStorageBaseInfo.storageUrl"])
    }

    @Test func emptyStorageUrlIsBAK29018() async throws {
        var request = StrategySamples.physical()
        request.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.storageUrl = ""
        #expect(try await send(request, to: StrategySamples.orders).code == "BAK29018")
    }

    @Test func ossKeysAreBAK29019To29021() async throws {
        var request = StrategySamples.oss()
        request.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey = ObjectStorageKey(
            endpoint: "", accessKeyId: "", accessKeySecret: Secret(""))
        let result = try await send(request, to: StrategySamples.orders)
        #expect(result.status == 400 && result.code == "BAK29019")
        #expect(
            result.fields.map { String($0.split(separator: ".").last ?? "") } == ["endpoint", "accessKeyId", "accessKeySecret"])
    }

    @Test func badConfigNameIsBAK10004() async throws {
        var request = StrategySamples.physical()
        request.obBackupServiceStorageConfig?.configName = "9bad-name"
        let result = try await send(request, to: StrategySamples.orders)
        #expect(result.status == 400 && result.code == "BAK10004")
    }

    @Test func secondaryBackupNeeds2277() async throws {
        var request = StrategySamples.logical()
        request.secondaryBackupEnabled = true
        request.obSecondaryBackupConfig = SecondaryBackupConfig(
            scheduleConfig: SecondaryScheduleConfig(
                dataBackupScheduleEnabled: true, logBackupScheduleEnabled: true, logSecondaryBackupPeriod: .onceADay),
            storageConfig: StorageConfig(
                configName: "copy_one", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/copy/"),
                alarmStoragePercentageThreshold: 80))
        let result = try await send(request, to: StrategySamples.legacy)
        #expect(result.status == 400 && result.code == "BAK10002")
        #expect(result.fields == ["secondaryBackupEnabled"])
    }

    @Test func onceAnHourIsAcceptedAsTheSamplesSendIt() async throws {
        var request = StrategySamples.physical()
        request.secondaryBackupEnabled = true
        request.obSecondaryBackupConfig = SecondaryBackupConfig(
            scheduleConfig: SecondaryScheduleConfig(
                dataBackupScheduleEnabled: true, logBackupScheduleEnabled: true, logSecondaryBackupPeriod: .onceAnHour),
            storageConfig: StorageConfig(
                configName: "nfs0907_1451", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/obbackup/backup_backup"),
                alarmStoragePercentageThreshold: 80))
        #expect(try await send(request, to: StrategySamples.billing).status == 200)
    }

    @Test func standbyIsBAK40002() async throws {
        let result = try await send(StrategySamples.physical(), to: StrategySamples.standby)
        #expect(result.status == 400 && result.code == "BAK40002")
    }

    @Test func stoppedClusterIsRejected() async throws {
        let result = try await send(StrategySamples.physical(), to: StrategySamples.stopped)
        #expect(result.status == 400 && result.code == "BAK10002")
        #expect(result.fields.first == "cluster")
    }

    @Test func physicalNeedsLogBackup() async throws {
        var request = StrategySamples.physical()
        request.obBackupScheduleConfig?.startLogBackup = false
        let result = try await send(request, to: StrategySamples.orders)
        #expect(result.fields == ["obBackupScheduleConfig.startLogBackup"])
    }

    @Test func unreadableBodyIsBAK10001() async throws {
        try await SimulatorHarness.withRouter { client in
            for body in ["{not json", "", "{\"backupMode\": 7}"] {
                let response = try await client.execute(
                    uri: Self.path(StrategySamples.orders), method: .post, headers: SimulatorHarness.basicHeaders,
                    body: ByteBuffer(string: body))
                #expect(response.status == .badRequest)
                #expect(try SimulatorHarness.error(response).code == "BAK10001")
            }
        }
    }

    @Test func unknownClusterIsOBE11001() async throws {
        let result = try await send(StrategySamples.physical(), to: 77)
        #expect(result.status == 404 && result.code == "OBE11001")
    }
}
