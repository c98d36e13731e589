import ConsoleUI
import OCPAPI

/// The table of `health`: a row per cluster, worst first, with the figures the rules judged
/// and the reasons that are not OK, in the words of `HealthText`.
enum HealthTable {
    /// The widest cluster name and reasons cell, in terminal cells.
    static let nameWidth = 48
    static let reasonsWidth = 400

    static func render(_ clusters: [ClusterHealth]) -> String {
        var table = TextTable(headings: ["LEVEL", "ID", "CLUSTER", "SCHEDULE", "LAST DATA BACKUP", "LOG DELAY", "REASONS"])
        for health in clusters {
            table.append([
                health.report.level.rawValue, String(health.cluster.id),
                DisplayWidth.truncate(TextSanitizer.singleLine(health.cluster.name), toWidth: nameWidth),
                health.scheduleStatus?.rawValue ?? "-", health.lastDataBackupAge.map { "\(DurationText.short($0)) ago" } ?? "-",
                health.logBackupDelay.map(DurationText.precise) ?? "-",
                DisplayWidth.truncate(reasons(health), toWidth: reasonsWidth),
            ])
        }
        return table.render()
    }

    /// The problems, `; `-separated, each prefixed with its level when it differs from the row's.
    static func reasons(_ health: ClusterHealth) -> String {
        let problems = health.problems
        guard !problems.isEmpty else { return "-" }
        return problems.map { finding in
            finding.level == health.report.level ? HealthText.english(finding.reason) : HealthText.english(finding)
        }.joined(separator: "; ")
    }
}
