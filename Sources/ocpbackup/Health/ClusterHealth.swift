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
        cluster = input.cluster ?? ClusterSummary(id: 0, name: "")
        self.report = report
        scheduleStatus = input.overview.value?.backupScheduleStatus
        var backupAge: TimeInterval?
        var delay: TimeInterval?
        var windows: [(tenant: String, age: TimeInterval?)] = []
        for finding in report.findings {
            switch finding.reason {
            case .lastSuccessfulDataBackup(let at, let age, _, _) where at != nil: backupAge = age
            case .logBackupDelay(let seconds, _): delay = seconds
            case .recoverableUntil(let tenant?, _, let age, _): windows.append((tenant, age))
            default: break
            }
        }
        let overview = input.overview.value
        lastDataBackupAge = backupAge ?? overview?.lastDataBackupTime?.date.map { max(0, input.now.timeIntervalSince($0)) }
        logBackupDelay = delay ?? overview?.logBackupDelaySeconds
        recoverableEndAges = windows
    }

    /// The findings that are not OK, worst first.
    var problems: [HealthFinding] { report.problems }
}
