import Foundation
import OCPAPI
import TestSupport
import Testing

@testable import ConsoleCore

/// `RestoreClient.live` and the restore's `mutate` over a scripted transport: the cluster and
/// the preview are read, and the restore is sent once, its task ids answered.
@Suite struct LiveRestoreDependenciesTests {
    static let body = RestoreRequest.online(
        sourceClusterId: 1, tenantId: 1_011, targetClusterId: 2, pointInTime: Fixtures.now, offsetSeconds: 8 * 3600,
        tenant: RestoreTenantInfo(
            name: "trade_r", zones: [RestoreZone(name: "zone1", resourcePool: RestoreResourcePool(unitSpecName: "S1", unitCount: 1))]))

    @Test func theClusterAndThePreviewAreRead() async throws {
        let transport = ScriptedTransport(routes: [
            "GET /api/v2/ob/clusters/2": [LiveOperationsDependenciesTests.envelope("{\"id\":2,\"name\":\"北京\",\"zones\":[{\"name\":\"zone1\"}]}")],
            "POST /api/v2/ob/clusters/1/backup/restore/preview": [
                LiveOperationsDependenciesTests.envelope("{\"contents\":[{\"backupId\":\"24\",\"backupType\":\"BACKUP_SET\"}]}")
            ],
        ])
        let restore = try LiveDependenciesTests.dependencies(transport).restore
        #expect(try await restore.cluster(2).get().zones?.first?.name == "zone1")
        #expect(try await restore.preview(1, Self.body).get().backupSets.count == 1)
    }

    @Test func aRestoreIsSentOnceAndAnswersItsTasks() async throws {
        let answer = "{\"obBackupTaskType\":\"RESTORE\",\"backupObjectOpsResultList\":[{\"beSuccessful\":true,\"taskIdList\":[3000201]}]}"
        let transport = ScriptedTransport(routes: ["POST /api/v2/ob/clusters/1/backup/restore": [LiveOperationsDependenciesTests.envelope(answer)]])
        let mutation = try PreparedMutation.restore(sourceClusterId: 1, body: Self.body)
        let receipt = try await LiveDependenciesTests.dependencies(transport).mutate(mutation).get()
        #expect(receipt.taskIds == [3_000_201] && receipt.traceId == "t-9")
        #expect(transport.sentRoutes == ["POST /api/v2/ob/clusters/1/backup/restore"])
    }
}
