import Foundation
import OCPAPI

/// A restore body that passed every rule against the facts read from OCP, ready to send: its
/// point in time written as OCP reads it (the latest recoverable time when none was given).
struct RestoreChecked {
    /// The body to send.
    let body: RestoreRequest
    /// The source tenant's name.
    let tenant: String
    /// The point in time.
    let pointInTime: RestorePointInTime
    /// The target cluster.
    let target: Cluster
    /// The new tenant's name.
    let name: String

    /// Checks `body` against `facts` (`RestoreCheck`); without a point in time, the source
    /// tenant's latest recoverable time is used (written at `offsetSeconds`, said on standard error).
    /// - Throws: a usage failure listing every refusal by field; nothing was sent.
    static func check(_ body: RestoreRequest, facts: RestoreFacts, offsetSeconds: Int) throws(CommandFailure) -> RestoreChecked {
        var body = body
        var report = RestoreCheck.check(body, facts: facts)
        let timeMissing = report.findings.contains { $0.refusal == .timeMissing }
        if timeMissing, let tenant = report.sourceTenant, let latest = RestoreRules.defaultPointInTime(tenant, offsetSeconds: offsetSeconds) {
            body.setRestoreEndTime(latest.timestamp)
            report = RestoreCheck.check(body, facts: facts)
            FileHandle.standardError.write(
                Data("note: no restoreEndTime given: restoring to the latest recoverable time, \(latest.timestamp.raw).\n".utf8))
        }
        guard report.isAllowed, let time = report.pointInTime, let target = facts.target, let name = body.tenantInfo?.name else {
            var lines = report.findings.prefix(InputBounds.listedItems).map { "  - \($0)" }
            if report.findings.count > InputBounds.listedItems { lines.append("  - and \(report.findings.count - InputBounds.listedItems) more") }
            throw .usage("the restore would be refused; nothing was sent:\n" + lines.joined(separator: "\n"))
        }
        body.setRestoreEndTime(time.timestamp)
        let tenant = report.sourceTenant?.tenantName ?? "?"
        return RestoreChecked(body: body, tenant: tenant, pointInTime: time, target: target, name: name)
    }

    /// `the restore of tenant T of cluster S to TIME into cluster C as new tenant N`.
    func summary(source: Cluster) -> String {
        "the restore of tenant \(TextSanitizer.singleLine(tenant)) of cluster \(source.label) to \(pointInTime.timestamp.raw) "
            + "into cluster \(target.label) as new tenant \(TextSanitizer.singleLine(name))"
    }

    /// The confirmation: what is restored, where, and the zones.
    func question(source: Cluster) -> String {
        let zones = (body.tenantInfo?.zones ?? []).map { zone in
            let pool = zone.resourcePool
            return "\(zone.name ?? "?") \(zone.replicaType?.rawValue ?? "?") \(pool?.unitSpecName ?? "?")×\(pool?.unitCount ?? 0)"
        }
        return "Start \(summary(source: source)) (zones: \(TextSanitizer.singleLine(zones.joined(separator: ", "))))?"
    }
}

extension RestoreRequest {
    /// Sets the point in time in whichever parameters the status selects.
    mutating func setRestoreEndTime(_ time: OCPTimestamp) {
        if backupTenantStatus == .offline {
            restoreOfflineTenantRequiredParam?.restoreEndTime = time
        } else {
            restoreOnlineTenantRequiredParam?.restoreEndTime = time
        }
    }
}
