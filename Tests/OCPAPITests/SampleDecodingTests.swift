import Foundation
import OCPAPI
import Testing

/// Every official sample decodes, tolerantly.
struct SampleDecodingTests {
    func decode<T: Decodable>(_ type: T.Type, _ text: String) throws -> T {
        try OCPJSON.decoder().decode(type, from: Data(text.utf8))
    }

    @Test func clusterListSample() throws {
        let envelope = try decode(OCPEnvelope<OCPPage<Cluster>>.self, OfficialSamples.clusters)
        #expect(envelope.traceId == "3cfec9a5180748ff")
        #expect(envelope.successful == true)
        let page = try #require(envelope.data?.page)
        #expect(page == OCPPageInfo(number: 1, size: 10, totalElements: 1, totalPages: 1))
        let cluster = try #require(envelope.data?.contents.first)
        #expect(cluster.id == 1_000_002)
        #expect(cluster.name == "test")
        #expect(cluster.status == .running)
        #expect(cluster.type == .primary)
        #expect(cluster.version == OBVersion(2, 2, 73))
        #expect(cluster.rootServers?.first?.sqlPort == 2881)
        #expect(cluster.zones?.first?.innerStatus == "ACTIVE")
        #expect(cluster.createTime?.date == Date(timeIntervalSince1970: 1_606_659_792))
    }

    @Test func abilitySample() throws {
        let ability = try #require(try decode(OCPEnvelope<BackupAbility>.self, OfficialSamples.ability).data)
        #expect(ability.backupAbility == .physical)
        #expect(ability.backupMode == .physical)
        #expect(ability.obDataBackupSupportAbility?.canDoIncrementalBackup == false)
        #expect(ability.obDataBackupSupportAbility?.incrementBackupEnabled == true)
        #expect(ability.obBackupCondition == nil)
    }

    @Test func createRequestSample() throws {
        let request = try decode(BackupStrategyRequest.self, OfficialSamples.createRequest)
        #expect(request.backupMode == .physical)
        #expect(request.obBackupScheduleConfig?.dayAndDataBackupModelMap == ["2": .full, "4": .full, "6": .full])
        #expect(request.obBackupServiceStorageConfig?.alarmStoragePercentageThreshold == 80)
        #expect(request.obSecondaryBackupConfig?.scheduleConfig?.logSecondaryBackupPeriod == .onceAnHour)
        #expect(request.obBackupObjectList == [BackupObject(clusterId: 1_000_005, backupDimension: .cluster)])
    }

    @Test func createResponseSample() throws {
        let response = try #require(try decode(OCPEnvelope<BackupCommonResponse>.self, OfficialSamples.createResponse).data)
        #expect(response.obBackupTaskType == .createStrategy)
        #expect(response.allTaskIds == [3_000_041])
        #expect(response.backupObjectOpsResultList?.first?.beSuccessful == true)
    }

    @Test func strategySampleRoundTripsToARequestKeepingStorageIds() throws {
        let strategy = try #require(try decode(OCPEnvelope<BackupStrategy>.self, OfficialSamples.strategy).data)
        #expect(strategy.id == 21)
        #expect(strategy.obBackupServiceStorageConfig?.storageId == 2_000_034)
        #expect(strategy.obBackupScheduleConfig?.dayAndDataBackupModelMap?["6"] == .incremental)
        let request = strategy.asRequest
        #expect(request.obBackupServiceStorageConfig?.storageId == 2_000_034)
        #expect(StrategyValidator.errors(request).isEmpty)
    }

    @Test func errorEnvelopeWithNumericCode() throws {
        let envelope = try decode(OCPErrorEnvelope.self, OfficialSamples.throttled)
        #expect(envelope.error?.code == .number(0))
        #expect(envelope.error?.code?.description == "0")
        #expect(envelope.status == 429)
        #expect(envelope.traceId == "")
    }

    @Test func errorEnvelopeWithStringCode() throws {
        let envelope = try decode(OCPErrorEnvelope.self, OfficialSamples.strategyExists)
        #expect(envelope.error?.code == .string("BAK21001"))
        #expect(envelope.successful == false)
    }

    @Test func infoSampleWithoutEnvelope() throws {
        let info = try decode(ServerInfo.self, OfficialSamples.info)
        #expect(info.buildVersion == "2.5.0-SNAPSHOT")
        #expect(info.ocpVersion == "2.5.0")
        #expect(info.group == "com.oceanbase")
    }

    @Test func unknownFieldsAreIgnoredAndUnknownEnumValuesKept() throws {
        let text = #"{"id":7,"name":"n","status":"HIBERNATING","type":"SHADOW","futureField":{"x":[1,2]}}"#
        let cluster = try decode(Cluster.self, text)
        #expect(cluster.status?.rawValue == "HIBERNATING")
        #expect(cluster.status?.isDocumented == false)
        #expect(cluster.type == ClusterType(rawValue: "SHADOW"))
    }

    @Test func pageInfoAcceptsTheDocumentedTotalPageSpelling() throws {
        let page = try decode(OCPPageInfo.self, #"{"number":2,"size":10,"totalElements":15,"totalPage":2}"#)
        #expect(page.totalPages == 2)
    }
}
