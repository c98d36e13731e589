import OCPAPI

/// What OCP answered to a mutation: the response, its trace id and HTTP status.
public struct MutationReceipt: Equatable, Sendable {
    /// The decoded `BackupCommonResponse` (empty for a retry, which answers the task).
    public var response: BackupCommonResponse
    /// The task instance a retry answers with; `nil` for the other mutations.
    public var task: TaskInstance?
    /// OCP's trace id for the call.
    public var traceId: String?
    /// The HTTP status of the answer, when known.
    public var httpStatus: Int?

    /// Makes a receipt.
    public init(response: BackupCommonResponse, traceId: String?, httpStatus: Int? = nil, task: TaskInstance? = nil) {
        self.response = response
        self.task = task
        self.traceId = traceId
        self.httpStatus = httpStatus
    }

    /// The OCP tasks the mutation started or ran again: `allTaskIds`, or the retried task.
    public var taskIds: [Int64] { task.map { [$0.id] } ?? response.allTaskIds }
}
