import Foundation
import OCPAPI

extension RestoreWizardState {
    /// The request body the values describe (online or offline), or `nil` while the time, the
    /// target or the source tenant is missing. The time is written in the offset typed.
    public var request: RestoreRequest? {
        guard case .success(let instant) = typedTime, let offset = typedOffset, let targetId = form.targetId else { return nil }
        let primary = form.primaryZone.trimmingCharacters(in: .whitespaces)
        let info = RestoreTenantInfo(
            name: form.tenantName, primaryZone: primary.isEmpty ? nil : primary, zones: form.zones.compactMap(\.requestZone))
        guard form.offline else {
            guard let tenantId = form.tenantId else { return nil }
            return .online(
                sourceClusterId: source.id, tenantId: tenantId, targetClusterId: targetId, pointInTime: instant, offsetSeconds: offset,
                tenant: info)
        }
        return RestoreRequest(
            backupTenantStatus: .offline,
            restoreOfflineTenantRequiredParam: OfflineRestoreParameters(
                backupMode: form.offlineMode, backupClusterName: form.offlineCluster.trimmingCharacters(in: .whitespaces),
                backupTenantName: form.offlineTenant.trimmingCharacters(in: .whitespaces), restoreClusterId: targetId,
                obBackupStorageBaseInfo: form.storage.config.obBackupStorageBaseInfo,
                restoreEndTime: RestoreRequest.restoreTime(instant, offsetSeconds: offset), restoreTenantInfoParam: info))
    }
}
