import Foundation
import OCPAPI

/// One OCP task opened in its own view: its subtasks in execution order, the chosen subtask's
/// log, and the polling that keeps it current while it runs.
public struct TaskViewState: Equatable, Sendable {
    /// Where the task came from: an instance id, or a task row whose instance is looked up.
    public enum Source: Equatable, Sendable {
        /// An OCP task-instance id (from back up now, a retry, the task list).
        case instance(Int64)
        /// A data backup row (its `taskId` is OceanBase's, not OCP's).
        case dataBackup(DataBackupTask)
        /// A restore row.
        case restore(RestoreTask)
    }

    /// Distinguishes this opening from earlier ones: results for another are dropped.
    public var id: Int
    /// The cluster the view was opened from.
    public var clusterId: Int64
    /// How it was opened.
    public var source: Source
    /// The task-instance id, once known.
    public var taskId: Int64?
    /// The task as last read, with OCP's time of the answer.
    public var task = Loadable<Served<TaskInstance>>()
    /// Why the instance of a row could not be found, if it could not.
    public var lookupFailure: String?
    /// The subtask the person chose; `nil` follows the task (the failed step, else the running
    /// one, else the last).
    public var chosenSubtaskId: Int64?
    /// The log shown, if a subtask with a log is shown.
    public var log: TaskLogState?
    /// When the task is read again.
    public var polling = TaskPolling()
    /// Whether the retry confirmation opens once the task is read and has failed (`R` beside
    /// the cluster opens the view this way).
    public var retriesWhenRead = false
    /// The local UTC offset times are shown in (seconds east), taken when the view opened.
    public var localOffset = 0
    /// Whether log lines are shown as OCP wrote them; by default a server log line is shown as
    /// its time, level and message (`TaskLogText.compact`), its date, process and thread left out.
    public var showsWholeLogLines = false

    /// A view opened from `source` of cluster `clusterId`.
    public init(id: Int, clusterId: Int64, source: Source) {
        self.id = id
        self.clusterId = clusterId
        self.source = source
        if case .instance(let taskId) = source { self.taskId = taskId }
    }

    /// The subtasks in execution order (empty before the task is read).
    public var order: SubtaskOrder { SubtaskOrder(task.value?.value.subtasks ?? []) }

    /// The subtask whose log is shown: the chosen one, else the failed step, else the running
    /// one, else the last that started, else the first.
    public var shownSubtask: Subtask? {
        let steps = order.subtasks
        if let chosen = chosenSubtaskId, let step = steps.first(where: { $0.id == chosen }) { return step }
        let progress = TaskProgress(order)
        return progress.failurePoint ?? progress.current ?? steps.last { $0.startTime != nil || $0.isDone } ?? steps.first
    }

    /// Whether the task may still change: running, pending or of an unknown status.
    public var isLive: Bool {
        guard let task = task.value?.value else { return true }
        switch task.statusClass {
        case .succeeded, .failed, .paused: return false
        case .running, .pending, .unknown: return true
        }
    }
}

/// The log of one subtask in the task view: what was read, and where it is scrolled.
public struct TaskLogState: Equatable, Sendable {
    /// The subtask.
    public var subtaskId: Int64
    /// The indexed log.
    public var content = Loadable<TaskLogText>()
    /// What the subtask looked like when its log was read: a change means the log grew.
    public var readFor: SubtaskStamp?
    /// The window on the log's lines.
    public var scroll = ScrollPosition()
    /// Whether the window stays on the last lines as the log grows (the tail shows first).
    public var followsTail = true

    /// The log of `subtaskId`, not read yet.
    public init(subtaskId: Int64) {
        self.subtaskId = subtaskId
    }

    /// Moves or resizes the window; at the bottom it follows the tail again, and a new extent
    /// keeps the tail in view while it does.
    mutating func updateScroll(_ change: (inout ScrollPosition) -> Void) {
        let before = scroll
        change(&scroll)
        if scroll.lines != before.lines || scroll.rows != before.rows {
            if followsTail { scroll.apply(.bottom) }
        } else {
            followsTail = scroll.offset == scroll.maxOffset
        }
    }
}

/// What changes in a subtask when its log grows: status, runs and times.
public struct SubtaskStamp: Equatable, Sendable {
    /// Status as OCP spells it.
    public var status: String?
    /// How many times it ran.
    public var runTime: Int?
    /// Its start.
    public var startTime: String?
    /// Its finish.
    public var finishTime: String?

    /// The stamp of `subtask`.
    public init(_ subtask: Subtask) {
        status = subtask.status?.rawValue
        runTime = subtask.runTime
        startTime = subtask.startTime?.raw
        finishTime = subtask.finishTime?.raw
    }
}
