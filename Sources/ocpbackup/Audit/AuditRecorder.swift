import Foundation
import OCPAPI

/// Records a mutation's outcome in the audit log.
struct AuditRecorder {
    let log: AuditLog
    let settings: ConnectionSettings

    /// The recorder for the current environment.
    init(settings: ConnectionSettings, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.log = AuditLog(path: StatePaths.auditLog(environment: environment))
        self.settings = settings
    }

    /// Appends what happened; a failure to write is reported on standard error, not thrown,
    /// because the change itself already happened (or failed) at OCP.
    func record(
        operation: String, cluster: Cluster, request: PreparedRequest,
        outcome: Result<OCPResponse<BackupCommonResponse>, OCPAPIError>
    ) {
        var entry = AuditEntry(
            time: OCPTimestampText.now(), profile: settings.profileName, ocpURL: settings.baseURL.description,
            principal: settings.credentials.principal, clusterId: cluster.id, clusterName: TextSanitizer.singleLine(cluster.name),
            operation: operation, request: request.body.flatMap { try? JSONValue.parse($0).maskingSecrets() }, result: "success")
        switch outcome {
        case .success(let response):
            entry.traceId = response.traceId
            entry.httpStatus = response.httpStatus
            entry.taskIds = response.value.allTaskIds
        case .failure(let error):
            entry.result = error.kind == .outcomeUnknown ? "unknown" : "error"
            entry.code = error.code
            entry.traceId = error.traceId
            entry.httpStatus = error.httpStatus
            entry.message = TextSanitizer.singleLine(error.message)
        }
        do {
            try log.append(entry)
        } catch {
            FileHandle.standardError.write(Data("warning: the audit log \(log.path) could not be written: \(error)\n".utf8))
        }
    }
}
