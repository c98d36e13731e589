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
    func record(operation: String, cluster: Cluster, request: PreparedRequest, outcome: Result<AuditEntry.Accepted, OCPAPIError>) {
        let entry = AuditEntry.mutation(
            operation, clusterId: cluster.id, clusterName: cluster.name, request: request, settings: settings, outcome: outcome)
        do {
            try log.append(entry)
        } catch {
            FileHandle.standardError.write(Data("warning: the audit log \(log.path) could not be written: \(error)\n".utf8))
        }
    }
}
