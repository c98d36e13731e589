import Foundation
import OCPAPI

/// A restore started through the API: where from, where to, to when, and when it started. Its
/// progress is derived from the clock; at its end the new tenant exists in the target.
package struct RestoreRecord: Codable, Sendable, Hashable {
    /// The restore record id (the rows' `id`).
    package var id: Int64
    /// The OCP task instance id.
    package var taskId: Int64
    /// Source cluster.
    package var sourceClusterId: Int64
    /// Source tenant, OCP id (0 for an offline restore of a tenant OCP no longer lists).
    package var sourceTenantId: Int64
    /// Source tenant name.
    package var sourceTenantName: String
    /// Source tenant, OceanBase id.
    package var sourceObTenantId: Int64
    /// Target cluster.
    package var targetClusterId: Int64
    /// The new tenant.
    package var tenantName: String
    /// Its primary zone.
    package var primaryZone: String?
    /// Its zones with replica type, unit spec and count.
    package var zones: [RestoreZone]
    /// The point in time.
    package var pointInTime: Date
    /// As the request wrote it.
    package var pointInTimeText: String
    /// The mode of the source's backups.
    package var mode: BackupMode
    /// Where the backups were read from.
    package var storageUri: String
    /// When it started.
    package var start: Date

    /// Makes a record.
    package init(
        id: Int64, taskId: Int64, sourceClusterId: Int64, sourceTenantId: Int64, sourceTenantName: String, sourceObTenantId: Int64,
        targetClusterId: Int64, tenantName: String, primaryZone: String?, zones: [RestoreZone], pointInTime: Date, pointInTimeText: String,
        mode: BackupMode, storageUri: String, start: Date
    ) {
        self.id = id
        self.taskId = taskId
        self.sourceClusterId = sourceClusterId
        self.sourceTenantId = sourceTenantId
        self.sourceTenantName = sourceTenantName
        self.sourceObTenantId = sourceObTenantId
        self.targetClusterId = targetClusterId
        self.tenantName = tenantName
        self.primaryZone = primaryZone
        self.zones = zones
        self.pointInTime = pointInTime
        self.pointInTimeText = pointInTimeText
        self.mode = mode
        self.storageUri = storageUri
        self.start = start
    }

    /// The OCP id of the tenant the restore creates.
    package var newTenantId: Int64 { 900_000_000 + id }
}
