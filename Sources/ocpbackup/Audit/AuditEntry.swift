import OCPAPI

/// One line of the audit log: who changed which cluster (its strategy, its schedule, a backup, a
/// task), how, and what OCP answered.
struct AuditEntry: Codable, Equatable {
    /// When the change was attempted (UTC, OCP's timestamp shape).
    var time: String
    /// The profile in use, if any.
    var profile: String?
    /// The OCP address.
    var ocpURL: String
    /// The user or AccessKey id (never a secret).
    var principal: String
    /// OCP cluster id.
    var clusterId: Int64
    /// Cluster name, sanitized.
    var clusterName: String
    /// create, modify, delete, backup-now, pause-schedule, resume-schedule or retry-task
    /// (`PreparedMutation.Operation`).
    var operation: String
    /// The method sent (absent in entries written before it was recorded).
    var method: String?
    /// The path and canonical query sent.
    var path: String?
    /// The request body with every secret masked; absent when the request has none (delete,
    /// pause, resume, retry).
    var request: JSONValue?
    /// success, error or unknown (no answer arrived).
    var result: String
    /// OCP's error code, when it answered with one.
    var code: String?
    /// OCP's trace id.
    var traceId: String?
    /// The HTTP status.
    var httpStatus: Int?
    /// Task ids OCP started.
    var taskIds: [Int64]?
    /// OCP's or the tool's message on failure.
    var message: String?
}
