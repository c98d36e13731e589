import Foundation
import OCPAPI

/// Restore and its preview, with OCP's rules: the source tenant exists, the time lies inside one
/// of its recoverable windows, the target runs, is no standby and is not older than the source,
/// the new name is free, the zones exist and (on OceanBase 4.x) have the same unit count.
extension SimulatorState {
    /// A restore request checked against the fleet: where from, where to, to when.
    package struct CheckedRestore: Sendable {
        /// The source cluster's world.
        package var source: ClusterWorld
        /// The source tenant.
        package var tenant: SimTenant
        /// Its number among the source's backed-up tenants (1 first).
        package var tenantIndex: Int
        /// The target cluster.
        package var target: ClusterSeed
        /// The point in time.
        package var pointInTime: Date
        /// As written.
        package var pointInTimeText: String
        /// The new tenant.
        package var info: RestoreTenantInfo
    }

    /// Starts a restore from `seed`'s cluster.
    /// - Throws: the errors of `checkRestore`.
    package func restore(_ request: RestoreRequest, from seed: ClusterSeed) throws(SimulatorAPIError) -> BackupCommonResponse {
        let checked = try checkRestore(request, from: seed)
        var draft = store
        let taskId = draft.take(\.nextTaskId)
        let record = RestoreRecord(
            id: draft.take(\.nextRestoreId), taskId: taskId, sourceClusterId: seed.id, sourceTenantId: checked.tenant.id,
            sourceTenantName: checked.tenant.name, sourceObTenantId: checked.tenant.obTenantId, targetClusterId: checked.target.id,
            tenantName: checked.info.name ?? "", primaryZone: checked.info.primaryZone, zones: checked.info.zones ?? [],
            pointInTime: checked.pointInTime, pointInTimeText: checked.pointInTimeText, mode: checked.source.strategy?.backupMode ?? .physical,
            storageUri: checked.source.storageURI, start: checked.source.now)
        draft.restores.append(record)
        try commit(draft)
        return Self.response(.restore, clusterId: seed.id, taskIds: [taskId])
    }

    /// What a restore from `seed`'s cluster would read.
    /// - Throws: the errors of `checkRestore`.
    package func restorePreview(_ request: RestoreRequest, from seed: ClusterSeed) throws(SimulatorAPIError) -> RestorePreview {
        RestorePreviewBuilder.preview(try checkRestore(request, from: seed))
    }

    /// Checks a restore request.
    /// - Throws: BAK10002 for a missing or bad field (a time outside every recoverable window, a
    ///   target that is stopped, a standby or older than the source, an unknown zone), OBE21003 for
    ///   an unknown source tenant, OBE11001 for an unknown target, BAK41001 for an offline source
    ///   that cannot be found, BAK42005 for a taken name, BAK42004 for a name being restored,
    ///   BAK42003 for a bad pool (unequal unit counts on 4.x).
    package func checkRestore(_ request: RestoreRequest, from seed: ClusterSeed) throws(SimulatorAPIError) -> CheckedRestore {
        let object = "restore"
        let source = world(seed)
        let tenant: SimTenant
        switch request.backupTenantStatus {
        case .online?:
            guard let online = request.restoreOnlineTenantRequiredParam else {
                throw .invalidField(object, "restoreOnlineTenantRequiredParam", "an ONLINE restore needs these parameters.")
            }
            if let id = online.backupClusterId, id != seed.id {
                throw .invalidField(object, "restoreOnlineTenantRequiredParam.backupClusterId", "it must be the cluster of the path (\(seed.id)).")
            }
            guard let id = online.backupTenantId else {
                throw .invalidField(object, "restoreOnlineTenantRequiredParam.backupTenantId", "it is missing.")
            }
            guard let found = source.backedUpTenants.first(where: { $0.id == id }) else { throw .tenantNotFound(String(id), clusterId: seed.id) }
            tenant = found
        case .offline?:
            guard let offline = request.restoreOfflineTenantRequiredParam else {
                throw .invalidField(object, "restoreOfflineTenantRequiredParam", "an OFFLINE restore needs these parameters.")
            }
            guard let url = offline.obBackupStorageBaseInfo?.storageUrl, !url.isEmpty else {
                throw .storage("BAK29018", "restoreOfflineTenantRequiredParam.obBackupStorageBaseInfo.storageUrl", "The storage directory is empty.")
            }
            guard offline.backupClusterName == seed.name,
                let found = source.backedUpTenants.first(where: { $0.name == offline.backupTenantName })
            else {
                throw .backupDataUnreadable(
                    "no backup of tenant \(TextSanitizer.singleLine(offline.backupTenantName ?? "")) of cluster "
                        + "\(TextSanitizer.singleLine(offline.backupClusterName ?? "")) at \(TextSanitizer.singleLine(url)).")
            }
            tenant = found
        default:
            throw .invalidField(object, "backupTenantStatus", "give ONLINE or OFFLINE.")
        }
        let prefix = request.backupTenantStatus == .offline ? "restoreOfflineTenantRequiredParam" : "restoreOnlineTenantRequiredParam"
        guard let text = request.restoreEndTime?.raw, let pointInTime = OCPTimestamp(raw: text).date else {
            throw .invalidField(object, "\(prefix).restoreEndTime", "give the point in time as yyyy-MM-ddTHH:mm:ss.SSS±HH:MM.")
        }
        guard let targetId = request.targetClusterId else { throw .invalidField(object, "\(prefix).restoreClusterId", "it is missing.") }
        guard let target = catalog.seed(id: targetId) else { throw .clusterNotFound(String(targetId)) }
        try Self.checkTarget(target, source: seed, field: "\(prefix).restoreClusterId")
        let info = request.tenantInfo ?? RestoreTenantInfo(name: nil, zones: nil)
        try checkNewTenant(info, target: target, field: "\(prefix).restoreTenantInfoParam")
        let index = (source.backedUpTenants.firstIndex(of: tenant) ?? 0) + 1
        let scope = RecoverabilityScope(end: source.now)
        let info7 = BackupInfoRenderer.tenant(source, tenant, index: index, format: TimeText(offset: catalog.utcOffsetSeconds).micro)
        let windows = TenantRecoverability(info7, scope: scope)
        guard windows.isRecoverable(at: pointInTime) else {
            let before = windows.latestRecoverableTime(atOrBefore: pointInTime).map {
                OCPTimestamp(date: $0, offsetSeconds: catalog.utcOffsetSeconds).raw
            }
            let after = windows.earliestRecoverableTime(atOrAfter: pointInTime).map {
                OCPTimestamp(date: $0, offsetSeconds: catalog.utcOffsetSeconds).raw
            }
            let nearest = [before.map { "latest before: \($0)" }, after.map { "earliest after: \($0)" }].compactMap { $0 }
            throw .invalidField(
                object, "\(prefix).restoreEndTime",
                "\(TextSanitizer.singleLine(text)) is not inside a recoverable window of tenant \(TextSanitizer.singleLine(tenant.name))"
                    + (nearest.isEmpty ? " (it has none in the last 7 days)." : " (\(nearest.joined(separator: "; "))).")
            )
        }
        return CheckedRestore(
            source: source, tenant: tenant, tenantIndex: index, target: target, pointInTime: pointInTime, pointInTimeText: text, info: info)
    }

    /// A target must run, be a primary and run a version at least the source's.
    static func checkTarget(_ target: ClusterSeed, source: ClusterSeed, field: String) throws(SimulatorAPIError) {
        if target.type == .standby {
            throw .invalidField("restore", field, "the target cluster \(target.id) is a standby; restore into a primary.")
        }
        if target.status != .running {
            throw .invalidField(
                "restore", field, "the target cluster \(target.id) is \(TextSanitizer.singleLine(target.status.rawValue)); it must be RUNNING.")
        }
        if let targetVersion = OBVersion(target.obVersion), let sourceVersion = OBVersion(source.obVersion), targetVersion < sourceVersion {
            throw .invalidField(
                "restore", field,
                "the target cluster \(target.id) runs OceanBase \(targetVersion), older than the source's \(sourceVersion).")
        }
    }

    /// The new tenant: a free, valid name; zones of the target; good pools, one unit count on 4.x.
    func checkNewTenant(_ info: RestoreTenantInfo, target: ClusterSeed, field: String) throws(SimulatorAPIError) {
        guard let name = info.name, Self.isTenantName(name) else {
            throw .invalidField("restore", "\(field).name", "start with a letter, then up to 63 letters, digits or underscores.")
        }
        let targetWorld = world(target)
        if targetWorld.tenants.contains(where: { $0.name == name }) { throw .tenantNameTaken(name, clusterId: target.id) }
        if targetWorld.restoresInto.contains(where: { $0.record.tenantName == name && !$0.timeline.succeeded(at: targetWorld.now) }) {
            throw .tenantBeingRestored(name, clusterId: target.id)
        }
        guard let zones = info.zones, !zones.isEmpty else { throw .invalidField("restore", "\(field).zones", "give at least one zone.") }
        let known = Set((1...ClusterBuilder.zoneCount(ordinal: Int(target.id - DemoFixtures.firstId))).map { "zone\($0)" })
        for (index, zone) in zones.enumerated() {
            guard let zoneName = zone.name, known.contains(zoneName) else {
                throw .invalidField(
                    "restore", "\(field).zones[\(index)].name",
                    "cluster \(target.id) has no zone \(TextSanitizer.singleLine(zone.name ?? "")); it has \(known.sorted().joined(separator: ", "))."
                )
            }
            guard zone.replicaType?.isDocumented ?? false else {
                throw .invalidField("restore", "\(field).zones[\(index)].replicaType", "give FULL, LOGONLY or READONLY.")
            }
            guard let pool = zone.resourcePool, !(pool.unitSpecName ?? "").isEmpty, (pool.unitCount ?? 0) >= 1 else {
                throw .badPool("\(field).zones[\(index)].resourcePool", "zone \(zoneName) needs a unit spec and a unit count of at least 1.")
            }
        }
        let counts = zones.map { $0.resourcePool?.unitCount ?? 0 }
        if OBVersion(target.obVersion).map({ $0 >= OBVersion(4) }) == true, Set(counts).count > 1 {
            let listed = zip(zones, counts).map { "\($0.name ?? "?"): \($1)" }.joined(separator: ", ")
            throw .badPool("\(field).zones", "on OceanBase 4.x every zone needs the same unit count (\(listed)).")
        }
    }

    /// Whether `name` can name a tenant.
    static func isTenantName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, name.unicodeScalars.count <= 64, first.properties.isAlphabetic, first.isASCII else {
            return false
        }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }
}
