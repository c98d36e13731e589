import Foundation

/// Why a restore request would be refused, each case with the values its message needs. Times
/// are exact instants plus the offset from UTC to write them in (the one the person typed).
/// Each mirrors one refusal of OCP (the rules and BAK42003–BAK42005 of Sources/OCPSimulator/State/SimulatorState+Restore.swift), so the client
/// refuses before sending what OCP would refuse.
public enum RestoreRefusal: Error, Sendable, Hashable {
    /// `backupTenantStatus` is neither ONLINE nor OFFLINE (as given, `nil` when missing).
    case statusMissing(given: String?)
    /// The online or offline parameters `backupTenantStatus` selects are missing.
    case parametersMissing(BackupTenantStatus)
    /// The online body names another source cluster than the one restored from.
    case sourceClusterDiffers(given: Int64, source: Int64)
    /// The offline body names another source cluster than the one restored from.
    case sourceClusterNameDiffers(given: String?, source: String)
    /// No source tenant is named.
    case sourceTenantMissing
    /// The named source tenant (id or name, as given) is not one the source cluster backs up.
    case sourceTenantUnknown(String)
    /// The offline body names no storage directory.
    case storageMissing

    /// No point in time is given.
    case timeMissing
    /// The text is not a time `yyyy-MM-dd HH:mm:ss[.SSS]±HH:MM` (or with `T`).
    case timeUnreadable(String)
    /// The text is a time without an offset from UTC, which would be read in an unknown zone.
    case timeWithoutOffset(String)
    /// The time is later than now.
    case timeInFuture(time: Date, now: Date, offsetSeconds: Int)
    /// The tenant has no recoverable window at all (in the seven days OCP reports).
    case noRecoverableWindow(tenant: String)
    /// The time lies outside every recoverable window of the tenant; `before` and `after` are the
    /// nearest times that can be restored (to the millisecond, inside their windows).
    case timeOutsideWindows(time: Date, tenant: String, before: Date?, after: Date?, offsetSeconds: Int)

    /// No target cluster is named.
    case targetMissing
    /// The target cluster id names no cluster OCP knows.
    case targetUnknown(Int64)
    /// The target is a standby; a restore goes into a primary.
    case targetStandby(cluster: String)
    /// The target is not RUNNING (its status as OCP gives it, `nil` when missing).
    case targetNotRunning(cluster: String, status: String?)
    /// The target runs an older OceanBase than the source.
    case targetOlder(cluster: String, target: OBVersion, source: OBVersion)

    /// No new tenant name is given.
    case nameMissing
    /// The name does not start with a letter followed by up to 63 letters, digits or underscores.
    case nameInvalid(String)
    /// A tenant of that name exists in the target (OCP: BAK42005).
    case nameTaken(String, cluster: String)
    /// A restore into the target creating that name is still running (OCP: BAK42004).
    case nameBeingRestored(String, cluster: String, restoreId: Int64?)

    /// No zone is given.
    case zonesMissing
    /// The zone is not one of the target's (`known`, sorted).
    case zoneUnknown(String?, known: [String])
    /// The zone is given twice.
    case zoneRepeated(String)
    /// The replica type is not FULL, LOGONLY or READONLY (as given).
    case replicaTypeInvalid(String?)
    /// The zone's resource pool lacks a unit spec or a unit count of at least 1.
    case poolIncomplete(zone: String?)
    /// On OceanBase 4.x the zones have different unit counts (OCP: BAK42003).
    case unitCountsDiffer([RestoreZoneCount])
    /// A zone of the primary zone is not among the tenant's zones.
    case primaryZoneUnknown(String, zones: [String])
}
