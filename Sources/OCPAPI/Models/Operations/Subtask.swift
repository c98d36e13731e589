/// One step of a task instance (`SubtaskInstance`). Steps form a graph through `upstreams`;
/// neither the array order nor `seriesId` is the execution order (see `SubtaskOrder`).
///
/// Reads the table spellings `downstream` and `paralleIdx` as well as the samples' `downstreams`
/// and `parallelIdx`; writes the samples' spellings.
public struct Subtask: Codable, Hashable, Sendable, Identifiable {
    /// Subtask id.
    public var id: Int64
    /// Name.
    public var name: String?
    /// Description.
    public var description: String?
    /// A series number; not the execution order.
    public var seriesId: Int64?
    /// PENDING, READY, RUNNING, CANCELING, FAILED or SUCCESSFUL.
    public var status: SubtaskStatus?
    /// EXECUTE, RETRY, ROLLBACK, SKIP or CANCEL.
    public var operation: TaskOperation?
    /// The OCP server host running it.
    public var executor: String?
    /// How many times it ran (one log block per run).
    public var runTime: Int?
    /// Time limit, seconds.
    public var timeout: Int64?
    /// e.g. JAVA_TASK.
    public var nodeType: String?
    /// `-1` when not parallel; steps with an index ≥ 0 that share upstreams run side by side.
    public var parallelIdx: Int?
    /// The ids of the steps that run before it.
    public var upstreams: [Int64]?
    /// The ids of the steps that run after it.
    public var downstreams: [Int64]?
    /// Whether rollback is refused.
    public var prohibitRollback: Bool?
    /// Created.
    public var createTime: OCPTimestamp?
    /// Started.
    public var startTime: OCPTimestamp?
    /// Finished.
    public var finishTime: OCPTimestamp?
    /// The implementing class (some pages).
    public var className: String?
    /// Its context (some pages), in whatever shape OCP sends.
    public var context: JSONValue?

    /// Makes a subtask with the fields ordering and progress read.
    public init(
        id: Int64, name: String? = nil, status: SubtaskStatus? = nil, operation: TaskOperation? = nil, upstreams: [Int64]? = nil,
        startTime: OCPTimestamp? = nil, parallelIdx: Int? = nil
    ) {
        self.id = id
        self.name = name
        self.status = status
        self.operation = operation
        self.upstreams = upstreams
        self.startTime = startTime
        self.parallelIdx = parallelIdx
    }

    private enum CodingKeys: String, CodingKey {
        case id, name, description, seriesId, status, operation, executor, runTime, timeout, nodeType, parallelIdx, paralleIdx
        case upstreams, downstreams, downstream, prohibitRollback, createTime, startTime, finishTime, className, context
    }

    /// Reads either spelling of `downstreams` and `parallelIdx`.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(Int64.self, forKey: .id)
        name = try c.decodeIfPresent(String.self, forKey: .name)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        seriesId = try c.decodeIfPresent(Int64.self, forKey: .seriesId)
        status = try c.decodeIfPresent(SubtaskStatus.self, forKey: .status)
        operation = try c.decodeIfPresent(TaskOperation.self, forKey: .operation)
        executor = try c.decodeIfPresent(String.self, forKey: .executor)
        runTime = try c.decodeIfPresent(Int.self, forKey: .runTime)
        timeout = try c.decodeIfPresent(Int64.self, forKey: .timeout)
        nodeType = try c.decodeIfPresent(String.self, forKey: .nodeType)
        parallelIdx = try c.decodeIfPresent(Int.self, forKey: .parallelIdx) ?? c.decodeIfPresent(Int.self, forKey: .paralleIdx)
        upstreams = try c.decodeIfPresent([Int64].self, forKey: .upstreams)
        downstreams = try c.decodeIfPresent([Int64].self, forKey: .downstreams) ?? c.decodeIfPresent([Int64].self, forKey: .downstream)
        prohibitRollback = try c.decodeIfPresent(Bool.self, forKey: .prohibitRollback)
        createTime = try c.decodeIfPresent(OCPTimestamp.self, forKey: .createTime)
        startTime = try c.decodeIfPresent(OCPTimestamp.self, forKey: .startTime)
        finishTime = try c.decodeIfPresent(OCPTimestamp.self, forKey: .finishTime)
        className = try c.decodeIfPresent(String.self, forKey: .className)
        context = try c.decodeIfPresent(JSONValue.self, forKey: .context)
    }

    /// Writes the samples' spellings.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encodeIfPresent(name, forKey: .name)
        try c.encodeIfPresent(description, forKey: .description)
        try c.encodeIfPresent(seriesId, forKey: .seriesId)
        try c.encodeIfPresent(status, forKey: .status)
        try c.encodeIfPresent(operation, forKey: .operation)
        try c.encodeIfPresent(executor, forKey: .executor)
        try c.encodeIfPresent(runTime, forKey: .runTime)
        try c.encodeIfPresent(timeout, forKey: .timeout)
        try c.encodeIfPresent(nodeType, forKey: .nodeType)
        try c.encodeIfPresent(parallelIdx, forKey: .parallelIdx)
        try c.encodeIfPresent(upstreams, forKey: .upstreams)
        try c.encodeIfPresent(downstreams, forKey: .downstreams)
        try c.encodeIfPresent(prohibitRollback, forKey: .prohibitRollback)
        try c.encodeIfPresent(createTime, forKey: .createTime)
        try c.encodeIfPresent(startTime, forKey: .startTime)
        try c.encodeIfPresent(finishTime, forKey: .finishTime)
        try c.encodeIfPresent(className, forKey: .className)
        try c.encodeIfPresent(context, forKey: .context)
    }

    /// The status class (unknown when there is no status).
    public var statusClass: StatusClass { status?.statusClass ?? .unknown }

    /// Whether it counts as done: succeeded, or skipped (a skipped step's state is undocumented).
    public var isDone: Bool { statusClass == .succeeded || operation == .skip }
}
