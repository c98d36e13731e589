/// An OCP task instance (`WrappedTaskInstance` from the detail call, `BasicTaskInstance` rows of
/// the list, with fewer subtask fields). Its `status` is OCP's own; never derive it from the
/// subtasks (a sample shows a SUCCESSFUL task whose subtasks are all PENDING).
public struct TaskInstance: Codable, Hashable, Sendable, Identifiable {
    /// Task instance id (what `taskIdList` gives).
    public var id: Int64
    /// Task name (may follow `Accept-Language`).
    public var name: String?
    /// `-1` in the sample.
    public var taskDefinitionId: Int64?
    /// The cluster worked on.
    public var cluster: TaskClusterReference?
    /// The tenant worked on.
    public var tenant: TaskTenantReference?
    /// Who started it.
    public var creator: TaskCreatorReference?
    /// RUNNING, FAILED or SUCCESSFUL.
    public var status: TaskInstanceStatus?
    /// MANUAL, SYS_ONECE, SCHEDULED or SYS_SCHEDULED.
    public var type: TaskType?
    /// EXECUTE, RETRY, ROLLBACK, SKIP or CANCEL.
    public var operation: TaskOperation?
    /// The OCP server host running it.
    public var executor: String?
    /// Whether rollback is refused.
    public var prohibitRollback: Bool?
    /// Created.
    public var createTime: OCPTimestamp?
    /// Started.
    public var startTime: OCPTimestamp?
    /// Finished (absent while running).
    public var finishTime: OCPTimestamp?
    /// The subtasks, in no particular order (see `SubtaskOrder`).
    public var subtasks: [Subtask]?

    /// Makes a task with the fields views read.
    public init(id: Int64, name: String? = nil, status: TaskInstanceStatus? = nil, subtasks: [Subtask]? = nil) {
        self.id = id
        self.name = name
        self.status = status
        self.subtasks = subtasks
    }

    /// The status class (unknown when there is no status).
    public var statusClass: StatusClass { status?.statusClass ?? .unknown }
}
