import Foundation
import OCPAPI
import Testing

/// The single entry point: every finding of a request, with its step and field.
struct RestoreCheckTests {
    typealias F = RestoreFixture

    @Test func aGoodOnlineRequestIsAllowedWithItsTenantAndTime() throws {
        let report = RestoreCheck.check(F.online(), facts: F.facts())
        #expect(report.isAllowed, "\(report.findings)")
        #expect(report.sourceTenant == F.tenantWindows)
        #expect(report.pointInTime?.timestamp.raw == "2024-05-31T12:00:00.000+08:00")
        #expect(report.firstStep == nil)
    }

    @Test func everyProblemIsFoundInStepOrderNamingItsField() {
        let request = F.online(time: "2024-05-30 20:00:00+08:00", name: "taken", zones: F.zones([1, 2, 1]))
        var stopped = F.target
        stopped.status = .stopped
        let report = RestoreCheck.check(request, facts: F.facts(target: stopped))
        let prefix = "restoreOnlineTenantRequiredParam"
        #expect(
            report.findings.map(\.field) == [
                "\(prefix).restoreEndTime", "\(prefix).restoreClusterId", "\(prefix).restoreTenantInfoParam.name",
                "\(prefix).restoreTenantInfoParam.zones",
            ])
        #expect(report.findings.map(\.step) == [.pointInTime, .target, .tenantName, .resources])
        #expect(report.firstStep == .pointInTime)
        #expect(report.findings(of: .target).count == 1)
        #expect(report.findings[0].description.hasPrefix("\(prefix).restoreEndTime: 2024-05-30T20:00:00.000+08:00 is not inside"))
    }

    @Test func theSourceMustBeTheClusterOfThePathAndATenantItBacksUp() {
        var request = F.online()
        request.restoreOnlineTenantRequiredParam?.backupClusterId = 5
        #expect(RestoreCheck.check(request, facts: F.facts()).findings.map(\.refusal) == [.sourceClusterDiffers(given: 5, source: 1)])
        request.restoreOnlineTenantRequiredParam?.backupClusterId = nil
        request.restoreOnlineTenantRequiredParam?.backupTenantId = 10
        #expect(RestoreCheck.check(request, facts: F.facts()).findings.map(\.refusal) == [.sourceTenantUnknown("10")], "sys is not backed up")
        request.restoreOnlineTenantRequiredParam?.backupTenantId = nil
        #expect(RestoreCheck.check(request, facts: F.facts()).findings.map(\.refusal) == [.sourceTenantMissing])
        let noStatus = RestoreRequest(backupTenantStatus: BackupTenantStatus(rawValue: "online"))
        #expect(
            RestoreCheck.check(noStatus, facts: F.facts()).findings == [
                RestoreFinding(step: .source, field: "backupTenantStatus", refusal: .statusMissing(given: "online"))
            ])
        let noParameters = RestoreRequest(backupTenantStatus: .offline, restoreOnlineTenantRequiredParam: F.online().restoreOnlineTenantRequiredParam)
        #expect(RestoreCheck.check(noParameters, facts: F.facts()).findings.map(\.refusal) == [.parametersMissing(.offline)])
    }

    @Test func theTimeMustBeReadableAndTheTargetKnown() {
        #expect(
            RestoreCheck.check(F.online(time: "2024-05-31 12:00:00"), facts: F.facts()).findings.map(\.refusal) == [
                .timeWithoutOffset("2024-05-31 12:00:00")
            ])
        let future = RestoreCheck.check(F.online(time: "2024-06-01T00:00:01Z"), facts: F.facts())
        #expect(future.findings.map(\.refusal) == [.timeInFuture(time: F.now.addingTimeInterval(1), now: F.now, offsetSeconds: 0)])
        #expect(RestoreCheck.check(F.online(), facts: F.facts(target: nil)).findings.map(\.refusal) == [.targetUnknown(2)])
        var noTarget = F.online()
        noTarget.restoreOnlineTenantRequiredParam?.restoreClusterId = nil
        #expect(RestoreCheck.check(noTarget, facts: F.facts()).findings.map(\.refusal) == [.targetMissing])
    }

    @Test func anOfflineRequestNamesTheSourceByNameWithItsStorage() {
        let online = F.online().restoreOnlineTenantRequiredParam
        func offline(cluster: String? = "src", tenant: String? = "orders", url: String? = "/obbackup/") -> RestoreRequest {
            RestoreRequest(
                backupTenantStatus: .offline,
                restoreOfflineTenantRequiredParam: OfflineRestoreParameters(
                    backupMode: .physical, backupClusterName: cluster, backupTenantName: tenant, restoreClusterId: 2,
                    obBackupStorageBaseInfo: url.map { StorageBaseInfo(backupStorageType: .file, storageUrl: $0) },
                    restoreEndTime: online?.restoreEndTime, restoreTenantInfoParam: online?.restoreTenantInfoParam))
        }
        #expect(RestoreCheck.check(offline(), facts: F.facts()).isAllowed)
        #expect(RestoreCheck.check(offline(url: nil), facts: F.facts()).findings.map(\.refusal) == [.storageMissing])
        #expect(
            RestoreCheck.check(offline(cluster: "other"), facts: F.facts()).findings.map(\.refusal) == [
                .sourceClusterNameDiffers(given: "other", source: "src")
            ])
        let unknown = RestoreCheck.check(offline(tenant: "gone"), facts: F.facts())
        #expect(unknown.findings.map(\.field) == ["restoreOfflineTenantRequiredParam.backupTenantName"])
    }
}
