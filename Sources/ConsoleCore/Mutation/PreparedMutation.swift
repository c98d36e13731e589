import OCPAPI

/// A change to OCP, prepared once: the request's method, path and body bytes are fixed when the
/// reducer builds it, and those exact bytes are what the review shows, what
/// ``ConsoleDependencies/mutate`` sends and what the audit log records.
///
/// Every console mutation follows this shape: the reducer builds the value (in the review, or
/// at a confirmation), keeps it in the state, and the effect hands it to `mutate` unchanged.
public struct PreparedMutation: Equatable, Sendable {
    /// What the change does, as the audit log names it.
    public enum Operation: String, Equatable, Sendable, CaseIterable {
        /// `POST …/backup/config/backupStrategy`.
        case create
        /// `PATCH …/backup/config/backupStrategy`.
        case modify
        /// `DELETE …/backup/config/backupStrategy`.
        case delete
        /// `POST …/backup/backupNow`.
        case backupNow = "backup-now"
        /// `POST …/backupStrategy/stopSchedule`.
        case pauseSchedule = "pause-schedule"
        /// `POST …/backupStrategy/startSchedule`.
        case resumeSchedule = "resume-schedule"
        /// `POST /api/v2/tasks/instances/{id}/retry`.
        case retryTask = "retry-task"
        /// `POST …/backup/restore` (the path names the source cluster).
        case restore
    }

    /// What the change does.
    public var operation: Operation
    /// The cluster it changes (for a retry, the cluster of the task).
    public var clusterId: Int64
    /// The request, body serialized once.
    public var request: PreparedRequest

    /// Makes a mutation from a request already prepared.
    public init(operation: Operation, clusterId: Int64, request: PreparedRequest) {
        self.operation = operation
        self.clusterId = clusterId
        self.request = request
    }

    /// Creating (`modify: false`) or replacing the strategy of `clusterId` with `body`.
    /// - Throws: when the body cannot be serialized.
    public static func strategy(
        clusterId: Int64, body: BackupStrategyRequest, modify: Bool
    ) throws(OCPAPIError) -> PreparedMutation {
        let request =
            modify
            ? try OCPClient.modifyStrategyRequest(clusterId: clusterId, body: body)
            : try OCPClient.createStrategyRequest(clusterId: clusterId, body: body)
        return PreparedMutation(operation: modify ? .modify : .create, clusterId: clusterId, request: request)
    }

    /// Deleting the strategy of `clusterId`.
    public static func deleteStrategy(clusterId: Int64) -> PreparedMutation {
        PreparedMutation(operation: .delete, clusterId: clusterId, request: OCPClient.deleteStrategyRequest(clusterId: clusterId))
    }

    /// `METHOD path`, as the review heads it.
    public var requestLine: String { "\(request.method) \(request.path)" }
}
