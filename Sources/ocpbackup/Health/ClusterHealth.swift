import Foundation
import OCPAPI

/// One cluster's backup health as `health` reports it: the rules' report and the figures the
/// table and the metrics show, taken from the rules' own reasons so every output agrees.
struct ClusterHealth: Sendable {
    /// The cluster as listed.
    let cluster: ClusterSummary
    /// The rules' verdict.
    let report: HealthReport
    /// The overview's scheduling state, when it was read.
    let scheduleStatus: BackupScheduleStatus?
    /// Seconds since the last successful data backup, at OCP's clock.
    let lastDataBackupAge: TimeInterval?
    /// The log backup delay, seconds.
    let logBackupDelay: TimeInterval?
    /// Per tenant, seconds since its newest recoverable time (`--deep`; `nil`: no window).
    let recoverableEndAges: [(tenant: String, age: TimeInterval?)]

    /// The health of `input`, evaluated.
    init(_ input: HealthInput) {
        let report = BackupHealth.evaluate(input)
        let figures = HealthFigures(report, input: input)
        cluster = input.cluster ?? ClusterSummary(id: 0, name: "")
        self.report = report
        scheduleStatus = figures.scheduleStatus
        lastDataBackupAge = figures.lastDataBackupAge
        logBackupDelay = figures.logBackupDelay
        recoverableEndAges = figures.recoverableEndAges.map { ($0.tenant, $0.age) }
    }

    /// The findings that are not OK, worst first.
    var problems: [HealthFinding] { report.problems }
}
