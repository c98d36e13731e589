import Foundation

/// The figures a health list shows beside a cluster's level, taken from the rules' own reasons
/// (so a table, the metrics and the console's column agree with the findings): the scheduling
/// state, how long ago the last successful data backup was, the log backup delay and, when the
/// windows were read, each tenant's age of its newest recoverable time.
public struct HealthFigures: Sendable, Hashable {
    /// One tenant's newest recoverable time, as an age at the judging time (`nil`: no window).
    public struct RecoverableAge: Sendable, Hashable {
        /// The tenant's name.
        public var tenant: String
        /// Seconds before the judging time.
        public var age: TimeInterval?
    }

    /// The overview's scheduling state, when it was read.
    public var scheduleStatus: BackupScheduleStatus?
    /// Seconds since the last successful data backup, at the judging time.
    public var lastDataBackupAge: TimeInterval?
    /// The log backup delay, seconds.
    public var logBackupDelay: TimeInterval?
    /// Per tenant, the age of its newest recoverable time (only when the windows were read).
    public var recoverableEndAges: [RecoverableAge]

    /// The figures of `report`, evaluated from `input`; the overview fills what no rule measured.
    public init(_ report: HealthReport, input: HealthInput) {
        var backupAge: TimeInterval?
        var delay: TimeInterval?
        var windows: [RecoverableAge] = []
        for finding in report.findings {
            switch finding.reason {
            case .lastSuccessfulDataBackup(let at, let age, _, _) where at != nil: backupAge = age
            case .logBackupDelay(let seconds, _): delay = seconds
            case .recoverableUntil(let tenant?, _, let age, _): windows.append(RecoverableAge(tenant: tenant, age: age))
            default: break
            }
        }
        let overview = input.overview.value
        scheduleStatus = overview?.backupScheduleStatus
        lastDataBackupAge = backupAge ?? overview?.lastDataBackupTime?.date.map { max(0, input.now.timeIntervalSince($0)) }
        logBackupDelay = delay ?? overview?.logBackupDelaySeconds
        recoverableEndAges = windows
    }
}
