import OCPAPI

extension AuditEntry {
    /// What a successful mutation reports back.
    struct Accepted {
        /// OCP's trace id.
        var traceId: String?
        /// The HTTP status, when known.
        var httpStatus: Int?
        /// Task ids OCP started.
        var taskIds: [Int64]
    }

    /// The entry for one mutation (a strategy change, back up now, pause, resume, retry): who,
    /// where, the method, path and body sent (secrets masked), and the outcome. The command line and the console both record through this.
    static func mutation(
        _ operation: String, clusterId: Int64, clusterName: String, request: PreparedRequest?, settings: ConnectionSettings,
        outcome: Result<Accepted, OCPAPIError>
    ) -> AuditEntry {
        var entry = AuditEntry(
            time: OCPTimestampText.now(), profile: settings.profileName, ocpURL: settings.baseURL.description,
            principal: settings.credentials.principal, clusterId: clusterId, clusterName: TextSanitizer.singleLine(clusterName),
            operation: operation, method: request?.method, path: request?.pathAndQuery,
            request: request?.body.flatMap { try? JSONValue.parse($0).maskingSecrets() }, result: "success")
        switch outcome {
        case .success(let accepted):
            entry.traceId = accepted.traceId
            entry.httpStatus = accepted.httpStatus
            entry.taskIds = accepted.taskIds
        case .failure(let error):
            entry.result = error.kind == .outcomeUnknown ? "unknown" : "error"
            entry.code = error.code
            entry.traceId = error.traceId
            entry.httpStatus = error.httpStatus
            entry.message = TextSanitizer.singleLine(error.message)
        }
        return entry
    }
}
