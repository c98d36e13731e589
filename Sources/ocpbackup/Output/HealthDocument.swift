import Foundation
import OCPAPI

/// `health --output json|yaml`: ocpbackup's own report (OCP has no such object), one entry per
/// cluster worst first with every finding in words, and the counts.
struct HealthDocument: Codable {
    /// One cluster.
    struct Entry: Codable {
        var id: Int64
        var name: String
        var level: HealthLevel
        var scheduleStatus: String?
        var lastDataBackupAgeSeconds: Double?
        var logBackupDelaySeconds: Double?
        var findings: [Finding]
        var unchecked: [HealthRule]
    }

    /// One rule's finding.
    struct Finding: Codable {
        var rule: HealthRule
        var level: HealthLevel
        var reason: String
    }

    /// The counts.
    struct Summary: Codable {
        var level: HealthLevel
        var clusters: Int
        var critical: Int
        var warning: Int
        var unknown: Int
        var ok: Int
    }

    var summary: Summary
    var deep: Bool
    var alertsProblem: String?
    var clusters: [Entry]

    /// The document of a scan.
    init(_ result: HealthScan.Result, deep: Bool) {
        let counts = FleetSummary(result.clusters)
        summary = Summary(
            level: counts.level, clusters: counts.total, critical: counts.critical, warning: counts.warning, unknown: counts.unknown, ok: counts.ok)
        self.deep = deep
        alertsProblem = result.alertsProblem
        clusters = result.clusters.map { health in
            Entry(
                id: health.cluster.id, name: health.cluster.name, level: health.report.level, scheduleStatus: health.scheduleStatus?.rawValue,
                lastDataBackupAgeSeconds: health.lastDataBackupAge?.rounded(), logBackupDelaySeconds: health.logBackupDelay,
                findings: health.report.findings.map { Finding(rule: $0.rule, level: $0.level, reason: HealthText.english($0.reason)) },
                unchecked: health.report.unchecked)
        }
    }
}
