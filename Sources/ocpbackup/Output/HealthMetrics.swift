import Foundation
import OCPAPI

/// The metrics `health --output prometheus` writes (see README.md, Health for monitoring):
/// per cluster its level, its problems by rule, the age of its last data backup, its log
/// backup delay and (with `--deep`) each tenant's recoverable window end; for the fleet the
/// clusters at each level; for the scan whether it succeeded, how long it took and when.
enum HealthMetrics {
    /// The value of `ocpbackup_cluster_health` for each level: 0 OK, 1 WARNING, 2 CRITICAL, and
    /// 3 UNKNOWN (its answers could not be read; as a monitoring plugin's exit code).
    static func value(of level: HealthLevel) -> Double {
        switch level {
        case .ok: 0
        case .warning: 1
        case .critical: 2
        case .unknown: 3
        }
    }

    /// The families of a scan that finished (`clusters` nil: the cluster list could not be read).
    static func families(
        _ clusters: [ClusterHealth]?, deep: Bool, duration: Double, finishedAt: Date
    ) -> [PrometheusText.Family] {
        let sorted = (clusters ?? []).sorted { $0.cluster.id < $1.cluster.id }
        func labels(_ health: ClusterHealth) -> [(name: String, value: String)] {
            [("cluster", health.cluster.name), ("id", String(health.cluster.id))]
        }
        var families: [PrometheusText.Family] = []
        if clusters != nil {
            families.append(
                .init(
                    name: "ocpbackup_cluster_health",
                    help:
                        "Backup health of the cluster by the rules of ocpbackup health: 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN (its answers could not be read).",
                    samples: sorted.map { .init(labels: labels($0), value: value(of: $0.report.level)) }))
            families.append(
                .init(
                    name: "ocpbackup_cluster_problems",
                    help: "Findings of a health rule that are not OK, by rule and level (several for alerts or tenants).",
                    samples: sorted.flatMap { health in problemCounts(health).map { .init(labels: labels(health) + $0.labels, value: $0.count) } }))
            families.append(
                .init(
                    name: "ocpbackup_last_data_backup_age_seconds", help: "Seconds since the last successful data backup, at OCP's clock.",
                    samples: sorted.compactMap { health in health.lastDataBackupAge.map { .init(labels: labels(health), value: $0.rounded()) } }))
            families.append(
                .init(
                    name: "ocpbackup_log_backup_delay_seconds", help: "How far the log backup lags, seconds.",
                    samples: sorted.compactMap { health in health.logBackupDelay.map { .init(labels: labels(health), value: $0) } }))
            if deep {
                families.append(
                    .init(
                        name: "ocpbackup_recoverable_window_end_age_seconds",
                        help: "Seconds since the newest time the tenant can be restored to (absent: no recoverable window in 7 days).",
                        samples: sorted.flatMap { health in
                            health.recoverableEndAges.compactMap { tenant in
                                tenant.age.map { .init(labels: labels(health) + [("tenant", tenant.tenant)], value: $0.rounded()) }
                            }
                        }))
            }
            let summary = FleetSummary(clusters ?? [])
            families.append(
                .init(
                    name: "ocpbackup_clusters", help: "Clusters scanned, by health level.",
                    samples: HealthLevel.allCases.map { .init(labels: [("level", $0.rawValue.lowercased())], value: Double(summary.count($0))) }))
        }
        families.append(
            .init(
                name: "ocpbackup_scan_success",
                help: "1 when the scan read the cluster list, 0 when it could not (then only these scan metrics are written).",
                samples: [.init(labels: [], value: clusters == nil ? 0 : 1)]))
        families.append(
            .init(name: "ocpbackup_scan_duration_seconds", help: "How long the scan took.", samples: [.init(labels: [], value: duration)]))
        families.append(
            .init(
                name: "ocpbackup_scan_timestamp_seconds", help: "When the scan finished, Unix time (this machine's clock).",
                samples: [.init(labels: [], value: finishedAt.timeIntervalSince1970.rounded())]))
        return families
    }

    /// The cluster's problems counted by (rule, level).
    static func problemCounts(_ health: ClusterHealth) -> [(labels: [(name: String, value: String)], count: Double)] {
        var counts: [String: (rule: HealthRule, level: HealthLevel, count: Double)] = [:]
        for finding in health.problems {
            let key = "\(finding.rule.rawValue) \(finding.level.rawValue)"
            counts[key, default: (finding.rule, finding.level, 0)].count += 1
        }
        return counts.keys.sorted().compactMap { counts[$0] }.map { entry in
            ([("rule", entry.rule.rawValue), ("level", entry.level.rawValue.lowercased())], entry.count)
        }
    }
}
