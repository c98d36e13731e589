import Foundation
import OCPAPI

/// The parsed backup data of a simulated cluster or tenant, clamped to the last seven days as
/// OCP clamps it: per tenant the data backup markers, the archive coverage (LOG_BACKUP) and the
/// recoverable windows (RECOVERABLE, under the samples' `realRecoverableTimeInterval`); the
/// cluster aggregate takes the latest tenant's end, as OCP's does.
enum BackupInfoRenderer {
    /// Seven days, seconds.
    static let scope: TimeInterval = 7 * 86_400

    /// The cluster's answer (six fractional digits).
    static func cluster(_ world: ClusterWorld) -> ClusterBackupInfo {
        let time = TimeText(offset: world.utcOffsetSeconds)
        let tenants = world.backedUpTenants.enumerated().map { position, tenant in
            self.tenant(world, tenant, index: position + 1, format: time.micro)
        }
        let scopeStart = world.now.addingTimeInterval(-scope)
        var recoverable: [TimeSpan] = []
        var archived: [TimeSpan] = []
        for (position, tenant) in world.backedUpTenants.enumerated() {
            recoverable += world.recoverableWindows(of: tenant, index: position + 1)
            archived += world.archiveSpans(index: position + 1)
        }
        let mode = world.strategy?.backupMode ?? .physical
        let items =
            union(archived, from: scopeStart).map { item(.logBackup, mode: mode, $0, time.micro) }
            + union(recoverable, from: scopeStart).map { item(.recoverable, mode: mode, $0, time.micro) }
        return ClusterBackupInfo(
            clusterId: world.seed.id, clusterName: world.seed.name, obClusterId: Int64(world.ordinal + 1), online: world.seed.status == .running,
            obRecoverableInfoAggregation: RecoverableInfoAggregation(items: items), tenantBackupInfos: tenants)
    }

    /// One tenant's answer, with times in `format` (the tenant call writes nine digits).
    static func tenant(_ world: ClusterWorld, _ tenant: SimTenant, index: Int, format: (Date) -> OCPTimestamp) -> TenantBackupInfo {
        let time = TimeText(offset: world.utcOffsetSeconds)
        let scopeStart = world.now.addingTimeInterval(-scope)
        let mode = world.strategy?.backupMode ?? .physical
        let modern = world.version.map { $0 >= OBVersion(4) } ?? false
        var items: [RecoverableSectionItem] = []
        var fullSet: Int64?
        for run in world.history.runs where run.timeline.succeeded(at: world.now) && run.timeline.end >= tenant.created {
            if run.kind != .incremental { fullSet = run.backupSetId }
            guard run.timeline.end >= scopeStart else { continue }
            let info = DataBackupRecoverableInfo(
                freezeTime: modern ? time.placeholder : format(run.start), recoverableTime: format(run.timeline.end),
                dataVersion: modern ? -1 : run.backupSetId % 1000, fullBackupSetId: fullSet ?? run.backupSetId)
            var item = RecoverableSectionItem(
                type: run.kind == .incremental ? .incrementalDataBackup : .fullDataBackup, backupMode: mode, dataBackupRecoverableInfo: info)
            if modern { item.backupDimension = .cluster }
            items.append(item)
        }
        items += clamp(world.archiveSpans(index: index), from: scopeStart).map { item(.logBackup, mode: mode, $0, format) }
        items += clamp(world.recoverableWindows(of: tenant, index: index), from: scopeStart).map { item(.recoverable, mode: mode, $0, format) }
        return TenantBackupInfo(
            tenantId: tenant.id, tenantName: tenant.name, obTenantId: tenant.obTenantId, online: true,
            obRecoverableInfoAggregation: RecoverableInfoAggregation(items: items))
    }

    /// A LOG_BACKUP or RECOVERABLE item over `span`.
    static func item(_ type: RecoverableItemType, mode: BackupMode, _ span: TimeSpan, _ format: (Date) -> OCPTimestamp) -> RecoverableSectionItem {
        let interval = RecoverableTimeInterval(startTime: format(span.start), endTime: format(span.end ?? span.start))
        return type == .logBackup
            ? RecoverableSectionItem(type: type, backupMode: mode, logRecoverableTimeInterval: interval)
            : RecoverableSectionItem(type: type, backupMode: mode, realRecoverableTimeInterval: interval)
    }

    /// `spans` cut to start no earlier than `start` (spans ending before it dropped).
    static func clamp(_ spans: [TimeSpan], from start: Date) -> [TimeSpan] {
        spans.compactMap { span in
            guard let end = span.end, end >= start else { return nil }
            return TimeSpan(start: max(span.start, start), end: end)
        }
    }

    /// `spans` clamped and merged where they overlap, keeping the latest end.
    static func union(_ spans: [TimeSpan], from start: Date) -> [TimeSpan] {
        var result: [TimeSpan] = []
        for span in clamp(spans, from: start).sorted(by: { $0.start < $1.start }) {
            if let last = result.last, let lastEnd = last.end, span.start <= lastEnd {
                result[result.count - 1].end = max(lastEnd, span.end ?? lastEnd)
            } else {
                result.append(span)
            }
        }
        return result
    }
}
