/// The backup health rules, one per line of the product's rule table (`docs/operations.md`),
/// and what each reads.
public enum HealthRule: String, Sendable, Hashable, CaseIterable, Codable {
    /// A running primary cluster should have a strategy (WARNING).
    case strategy
    /// Scheduling PAUSED is a WARNING, ABNORMAL CRITICAL.
    case schedule
    /// No successful data backup for more than `noSuccessfulDataBackupAlarmDays` (CRITICAL).
    case dataBackupAge
    /// The latest data backup task failed (WARNING).
    case latestDataBackup
    /// A physical backup's log backup must be running (CRITICAL when stopped, interrupted, failed).
    case logBackupRunning
    /// The log backup delay must stay under `logBackupDelaySeconds` (CRITICAL).
    case logBackupDelay
    /// Every tenant needs a recoverable window ending within the log delay threshold of now (CRITICAL).
    case recoverableWindow
    /// An active OCP backup alert has its own level (1–2 CRITICAL, 3–5 WARNING).
    case activeAlerts

    /// The inputs the rule reads.
    public var inputs: [HealthInputKind] {
        switch self {
        case .strategy: [.strategy]
        case .schedule: [.overview]
        case .dataBackupAge: [.strategy, .overview, .dataTasks]
        case .latestDataBackup: [.dataTasks]
        case .logBackupRunning: [.strategy, .logTasks]
        case .logBackupDelay: [.strategy, .overview, .logTasks]
        case .recoverableWindow: [.strategy, .recoverability]
        case .activeAlerts: [.alerts]
        }
    }
}

/// The inputs of the health rules.
public enum HealthInputKind: String, Sendable, Hashable, CaseIterable, Codable {
    /// The backup overview (`GET …/backup/overview`).
    case overview
    /// The strategy (`GET …/backup/config/backupStrategy`).
    case strategy
    /// The latest data backup tasks.
    case dataTasks
    /// The log backup tasks.
    case logTasks
    /// The parsed backup data (recoverable windows).
    case recoverability
    /// The active backup alerts of the cluster.
    case alerts
}
