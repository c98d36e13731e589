import Foundation

/// What a rule measured, with the figures and thresholds: typed, so every language renders it
/// its own way (`HealthText.english`). No sentence is built in the rules.
public enum HealthReason: Sendable, Hashable {
    /// The cluster has no strategy; `required` when it is a running primary.
    case noStrategy(required: Bool, clusterType: ClusterType?, clusterStatus: ClusterStatus?)
    /// The cluster has a strategy in this mode.
    case strategyDefined(mode: BackupMode?)
    /// The overview's scheduling state.
    case schedule(BackupScheduleStatus)
    /// The last successful data backup (`nil` when there was none), how long ago, the alarm
    /// threshold, and (when there was none) since when the strategy exists.
    case lastSuccessfulDataBackup(at: Date?, age: TimeInterval?, thresholdDays: Int64, strategySince: Date?)
    /// The newest data backup task: its kind, status, when it finished, and OCP's message.
    case latestDataBackup(kind: DataBackupKind?, status: DataBackupTaskStatus?, statusClass: StatusClass, finishedAt: Date?, message: String?)
    /// No data backup task in the range read.
    case noDataBackupTasks
    /// The log backup task's status (`nil` status: there is no log backup task at all).
    case logBackup(status: LogBackupTaskStatus?, statusClass: StatusClass)
    /// The log backup delay against its alarm threshold.
    case logBackupDelay(seconds: Double, thresholdSeconds: Int64)
    /// A tenant's newest restorable time (`nil`: no window in the scope), its age and the
    /// threshold (the log delay threshold).
    case recoverableUntil(tenant: String?, latestEnd: Date?, age: TimeInterval?, thresholdSeconds: Int64)
    /// An OCP alert that is firing for the cluster.
    case activeAlert(alarmType: String?, level: Int?, summary: String?)
    /// No OCP backup alert is firing for the cluster.
    case noActiveAlerts
    /// The input could not be read, so the rule is undecided; `problem` says why.
    case inputUnavailable(HealthInputKind, problem: String)
}

/// One rule's verdict with its reason.
public struct HealthFinding: Sendable, Hashable {
    /// The rule.
    public var rule: HealthRule
    /// Its verdict.
    public var level: HealthLevel
    /// What it measured.
    public var reason: HealthReason

    /// Makes a finding.
    public init(rule: HealthRule, level: HealthLevel, reason: HealthReason) {
        self.rule = rule
        self.level = level
        self.reason = reason
    }
}
