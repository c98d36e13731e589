import Foundation

/// The client's restore check: a `RestoreRequest` against the `RestoreFacts` read from OCP,
/// with every rule OCP applies (as the simulator's `checkRestore` applies the
/// same), so a request OCP would refuse is never sent. Pure and deterministic.
public enum RestoreCheck {
    /// Every refusal of `request` given `facts`, each naming its step and body field.
    public static func check(_ request: RestoreRequest, facts: RestoreFacts) -> RestoreReport {
        let status = request.backupTenantStatus
        guard status == .online || status == .offline else {
            return RestoreReport(findings: [
                RestoreFinding(step: .source, field: "backupTenantStatus", refusal: .statusMissing(given: status?.rawValue))
            ])
        }
        let prefix = status == .offline ? "restoreOfflineTenantRequiredParam" : "restoreOnlineTenantRequiredParam"
        let present = status == .offline ? request.restoreOfflineTenantRequiredParam != nil : request.restoreOnlineTenantRequiredParam != nil
        guard present else {
            return RestoreReport(findings: [RestoreFinding(step: .source, field: prefix, refusal: .parametersMissing(status ?? .online))])
        }
        var findings: [RestoreFinding] = []
        let (tenant, sourceFindings) = sourceTenant(request, facts: facts, prefix: prefix)
        findings += sourceFindings
        let (time, timeFinding) = pointInTime(request, tenant: tenant, facts: facts, field: "\(prefix).restoreEndTime")
        findings += timeFinding.map { [$0] } ?? []
        findings += targetFindings(request, facts: facts, prefix: prefix)
        return RestoreReport(findings: findings.sorted { $0.step < $1.step }, sourceTenant: tenant, pointInTime: time)
    }

    /// The source tenant's windows, or why it cannot be found.
    static func sourceTenant(
        _ request: RestoreRequest, facts: RestoreFacts, prefix: String
    ) -> (TenantRecoverability?, [RestoreFinding]) {
        func refused(_ field: String, _ refusal: RestoreRefusal) -> (TenantRecoverability?, [RestoreFinding]) {
            (nil, [RestoreFinding(step: .source, field: "\(prefix).\(field)", refusal: refusal)])
        }
        let source = facts.source
        if let online = request.restoreOnlineTenantRequiredParam, request.backupTenantStatus == .online {
            if let id = online.backupClusterId, id != source.id {
                return refused("backupClusterId", .sourceClusterDiffers(given: id, source: source.id))
            }
            guard let id = online.backupTenantId else { return refused("backupTenantId", .sourceTenantMissing) }
            let listed = facts.sourceTenants.first { $0.id == id && !$0.isSystemTenant }
            guard listed != nil || facts.recoverability.tenant(id: id) != nil else {
                return refused("backupTenantId", .sourceTenantUnknown(String(id)))
            }
            let windows = facts.recoverability.tenant(id: id) ?? listed.flatMap { facts.recoverability.tenant(named: $0.name) }
            return (windows ?? TenantRecoverability(tenantId: id, tenantName: listed?.name, windows: []), [])
        }
        let offline = request.restoreOfflineTenantRequiredParam
        if (offline?.obBackupStorageBaseInfo?.storageUrl ?? "").isEmpty {
            return refused("obBackupStorageBaseInfo.storageUrl", .storageMissing)
        }
        if offline?.backupClusterName != source.name {
            return refused("backupClusterName", .sourceClusterNameDiffers(given: offline?.backupClusterName, source: source.name))
        }
        guard let name = offline?.backupTenantName, !name.isEmpty else { return refused("backupTenantName", .sourceTenantMissing) }
        guard name != "sys", let windows = facts.recoverability.tenant(named: name) else {
            return refused("backupTenantName", .sourceTenantUnknown(name))
        }
        return (windows, [])
    }

    /// The point in time read and checked against the tenant's windows (when the tenant is known).
    static func pointInTime(
        _ request: RestoreRequest, tenant: TenantRecoverability?, facts: RestoreFacts, field: String
    ) -> (RestorePointInTime?, RestoreFinding?) {
        func refused(_ refusal: RestoreRefusal) -> RestoreFinding { RestoreFinding(step: .pointInTime, field: field, refusal: refusal) }
        guard let raw = request.restoreEndTime?.raw, !raw.isEmpty else { return (nil, refused(.timeMissing)) }
        let time: RestorePointInTime
        switch RestorePointInTime.parse(raw) {
        case .success(let parsed): time = parsed
        case .failure(let refusal): return (nil, refused(refusal))
        }
        guard let tenant else {
            return (time, time.date > facts.now ? refused(.timeInFuture(time: time.date, now: facts.now, offsetSeconds: time.offsetSeconds)) : nil)
        }
        return (time, RestoreRules.pointInTimeRefusal(time, tenant: tenant, now: facts.now).map(refused))
    }

    /// The target's eligibility, the new name and the resources.
    static func targetFindings(_ request: RestoreRequest, facts: RestoreFacts, prefix: String) -> [RestoreFinding] {
        let targetField = "\(prefix).restoreClusterId"
        guard let id = request.targetClusterId else { return [RestoreFinding(step: .target, field: targetField, refusal: .targetMissing)] }
        guard let target = facts.target, target.id == id else {
            return [RestoreFinding(step: .target, field: targetField, refusal: .targetUnknown(id))]
        }
        var findings = RestoreRules.targetRefusals(target, source: facts.source).map {
            RestoreFinding(step: .target, field: targetField, refusal: $0)
        }
        let infoField = "\(prefix).restoreTenantInfoParam"
        let info = request.tenantInfo
        if let refusal = RestoreRules.nameRefusal(
            info?.name, target: target, targetTenants: facts.targetTenants, restoreTasks: facts.targetRestoreTasks)
        {
            findings.append(RestoreFinding(step: .tenantName, field: "\(infoField).name", refusal: refusal))
        }
        findings += RestoreRules.resourceFindings(info, target: target, field: infoField)
        return findings
    }
}
