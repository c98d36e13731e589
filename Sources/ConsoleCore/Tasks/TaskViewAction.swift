import OCPAPI

/// Intents and results of the task view. Every result names the opening it belongs to (`view`),
/// so one that arrives after the view closed or another task opened is dropped.
public enum TaskViewAction: Equatable, Sendable {
    /// Open the OCP task `taskId` of cluster `clusterId`.
    case open(clusterId: Int64, taskId: Int64)
    /// Open the task behind a data backup row (its instance is looked up first).
    case openDataBackup(clusterId: Int64, DataBackupTask)
    /// Open the task behind a restore row.
    case openRestore(clusterId: Int64, RestoreTask)
    /// Esc: close the view; its reads and polling stop.
    case close
    /// `r`: read the task again now (and its log).
    case refresh
    /// Choose the previous subtask (its log is shown).
    case previousSubtask
    /// Choose the next subtask.
    case nextSubtask
    /// Follow the task again: show the failed or running step's log.
    case followTask
    /// `v`: log lines whole, or as time, level and message.
    case toggleWholeLogLines
    /// A row's task instance was looked up.
    case instanceFound(view: Int, Result<TaskInstance?, ErrorInfo>)
    /// The task was read.
    case loaded(view: Int, Result<Served<TaskInstance>, ErrorInfo>)
    /// The wait before the next read is over.
    case pollDue(view: Int)
    /// A subtask's log was read and indexed.
    case logLoaded(view: Int, subtaskId: Int64, Result<TaskLogText, ErrorInfo>)
}
