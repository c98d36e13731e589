/// Where sending the restore stands. At most one request is ever in flight; after no answer
/// the restore tasks are read again before anything else is offered, and the same prepared
/// request is sent again only when that reading shows it did not arrive and the person confirms
/// by typing the name again.
public enum RestoreSubmission: Equatable, Sendable {
    /// Not sent.
    case idle
    /// On its way.
    case inFlight
    /// OCP accepted it; the task ids it named.
    case succeeded(taskIds: [Int64], traceId: String?)
    /// OCP refused it; nothing was created.
    case failed(ErrorInfo)
    /// No answer came: reading the restore tasks again.
    case outcomeUnknown(ErrorInfo)
    /// After no answer, the restore tasks were read: `task` is the restore that arrived, `nil`
    /// when none did (then the same request may be confirmed again).
    case reread(ErrorInfo, found: RestoreTaskFinding?)
    /// After no answer the restore tasks could not be read either (r reads them again).
    case rereadFailed(ErrorInfo, reread: ErrorInfo)

    /// Whether the fields can change (not while sending, and not after success or while the
    /// outcome is unknown).
    public var allowsEditing: Bool {
        switch self {
        case .idle, .failed: true
        case .reread(_, let found): found == nil
        case .inFlight, .succeeded, .outcomeUnknown, .rereadFailed: false
        }
    }

    /// Whether Enter on the confirmation may send now.
    public var allowsSend: Bool {
        switch self {
        case .idle, .failed: true
        case .reread(_, let found): found == nil
        case .inFlight, .succeeded, .outcomeUnknown, .rereadFailed: false
        }
    }
}

/// The restore found in the task list after an unanswered request.
public struct RestoreTaskFinding: Equatable, Sendable {
    /// The restore record's id.
    public var recordId: Int64?
    /// Its status as OCP wrote it, safe to draw.
    public var status: String
    /// The task instance behind it, when one was found (Enter opens it).
    public var taskId: Int64?

    /// Makes a finding.
    public init(recordId: Int64?, status: String, taskId: Int64?) {
        self.recordId = recordId
        self.status = status
        self.taskId = taskId
    }
}
