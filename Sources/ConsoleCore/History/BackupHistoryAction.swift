import OCPAPI

/// Intents and results of the Tasks and Recoverable tabs.
public enum BackupHistoryAction: Equatable, Sendable {
    /// The task lists of the last seven days arrived.
    case taskListsLoaded(clusterId: Int64, Result<Served<ClusterTaskLists>, ErrorInfo>)
    /// The parsed backup data (recoverable windows) arrived.
    case backupInfoLoaded(clusterId: Int64, Result<Served<ClusterBackupInfo>, ErrorInfo>)
    /// ↑: the previous task.
    case previousTask
    /// ↓: the next task.
    case nextTask
    /// g, G: the first or the last task.
    case firstTask
    /// The last task.
    case lastTask
    /// Enter: open the task under the cursor in the task view.
    case openTask
}
