import OCPAPI

/// Intents and results of back up now, pause and resume, and retry.
public enum OperationAction: Equatable, Sendable {
    /// `b`: back up the shown cluster now.
    case backUpNow
    /// `p`: pause or resume the shown cluster's scheduling.
    case pauseOrResume
    /// `R`: retry the task view's failed task.
    case retry
    /// `R` beside the cluster: open its latest data backup, which failed, and offer to retry it.
    case retryLatest
    /// Choose full or incremental.
    case choose(DataBackupKind)
    /// Switch between full and incremental.
    case toggleKind
    /// Enter: go on (choose, confirm, open the task the outcome names, confirm again).
    case proceed
    /// `r` after a read failed: read again.
    case readAgain
    /// Esc: close the dialog (not while the change is on its way).
    case cancel
    /// The schedule status and the log backup, read for the pause or resume confirmation.
    case scheduleFactsRead(clusterId: Int64, Result<ScheduleFacts, ErrorInfo>)
    /// The change was sent and answered (or not).
    case sent(PreparedMutation, Result<MutationReceipt, ErrorInfo>)
    /// After no answer: the overview and the task list read again.
    case reread(PreparedMutation, Result<ClusterRereading, ErrorInfo>)
    /// After BAK31005: the task list, to find the running backup.
    case runningTasksRead(clusterId: Int64, Result<[TaskInstance], ErrorInfo>)
    /// A cluster's overview, read again after pausing or resuming.
    case overviewRead(clusterId: Int64, Result<Served<BackupOverview>, ErrorInfo>)
}

/// What a pause or resume confirmation says: the schedule status and the log backup.
public struct ScheduleFacts: Equatable, Sendable {
    /// The overview.
    public var overview: Served<BackupOverview>
    /// The log backup tasks of the last seven days, newest first, or why they could not be read.
    public var logTasks: Result<[LogBackupTask], ErrorInfo>

    /// Facts.
    public init(overview: Served<BackupOverview>, logTasks: Result<[LogBackupTask], ErrorInfo>) {
        self.overview = overview
        self.logTasks = logTasks
    }
}

/// What the console reads after a change got no answer: the overview and the newest tasks.
public struct ClusterRereading: Equatable, Sendable {
    /// The overview.
    public var overview: Served<BackupOverview>
    /// The newest task instances of the cluster.
    public var tasks: [TaskInstance]

    /// A re-reading.
    public init(overview: Served<BackupOverview>, tasks: [TaskInstance]) {
        self.overview = overview
        self.tasks = tasks
    }
}
