import Foundation

/// The body of a restore and of its preview (`RestoreTenantParam`): the online or the offline
/// parameters, by `backupTenantStatus`.
public struct RestoreRequest: Codable, Hashable, Sendable {
    /// ONLINE or OFFLINE.
    public var backupTenantStatus: BackupTenantStatus?
    /// The parameters when ONLINE.
    public var restoreOnlineTenantRequiredParam: OnlineRestoreParameters?
    /// The parameters when OFFLINE.
    public var restoreOfflineTenantRequiredParam: OfflineRestoreParameters?

    /// Makes a body.
    public init(
        backupTenantStatus: BackupTenantStatus?, restoreOnlineTenantRequiredParam: OnlineRestoreParameters? = nil,
        restoreOfflineTenantRequiredParam: OfflineRestoreParameters? = nil
    ) {
        self.backupTenantStatus = backupTenantStatus
        self.restoreOnlineTenantRequiredParam = restoreOnlineTenantRequiredParam
        self.restoreOfflineTenantRequiredParam = restoreOfflineTenantRequiredParam
    }

    /// An online restore of `tenantId` of cluster `sourceClusterId` into `targetClusterId` as
    /// `tenant`, to `pointInTime` written at `offsetSeconds` from UTC and cut (never rounded) to
    /// the millisecond, so a time inside a window stays inside.
    public static func online(
        sourceClusterId: Int64, tenantId: Int64, targetClusterId: Int64, pointInTime: Date, offsetSeconds: Int, tenant: RestoreTenantInfo
    ) -> RestoreRequest {
        RestoreRequest(
            backupTenantStatus: .online,
            restoreOnlineTenantRequiredParam: OnlineRestoreParameters(
                backupClusterId: sourceClusterId, backupTenantId: tenantId, restoreClusterId: targetClusterId,
                restoreEndTime: restoreTime(pointInTime, offsetSeconds: offsetSeconds), restoreTenantInfoParam: tenant))
    }

    /// `date` as a restore time: cut to the millisecond, written in OCP's OffsetDateTime shape.
    public static func restoreTime(_ date: Date, offsetSeconds: Int) -> OCPTimestamp {
        let millis = (date.timeIntervalSince1970 * 1000).rounded(.down)
        return OCPTimestamp(date: Date(timeIntervalSince1970: millis / 1000), offsetSeconds: offsetSeconds)
    }

    /// The point in time, from whichever parameters the status selects.
    public var restoreEndTime: OCPTimestamp? {
        backupTenantStatus == .offline ? restoreOfflineTenantRequiredParam?.restoreEndTime : restoreOnlineTenantRequiredParam?.restoreEndTime
    }

    /// The new tenant, from whichever parameters the status selects.
    public var tenantInfo: RestoreTenantInfo? {
        backupTenantStatus == .offline
            ? restoreOfflineTenantRequiredParam?.restoreTenantInfoParam : restoreOnlineTenantRequiredParam?.restoreTenantInfoParam
    }

    /// The target cluster, from whichever parameters the status selects.
    public var targetClusterId: Int64? {
        backupTenantStatus == .offline ? restoreOfflineTenantRequiredParam?.restoreClusterId : restoreOnlineTenantRequiredParam?.restoreClusterId
    }
}
