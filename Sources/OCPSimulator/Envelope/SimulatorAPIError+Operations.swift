import Hummingbird
import OCPAPI

/// The errors of the backup-operations endpoints, with OCP's codes.
extension SimulatorAPIError {
    /// 409 BAK31005: a data backup of the cluster is already running.
    package static func backupRunning(clusterId: Int64, taskId: Int64) -> Self {
        Self(
            status: .conflict, code: "BAK31005",
            message: "A baseline backup task already exists for cluster \(clusterId) (task \(taskId)); wait for it to finish.")
    }

    /// 400 BAK31001: a data backup cannot start on a cluster in this state.
    package static func backupCannotStart(_ detail: String) -> Self {
        Self(status: .badRequest, code: "BAK31001", message: "The data backup could not start: \(detail)")
    }

    /// 400 BAK40002: a standby cluster cannot be backed up.
    package static let standbyBackup = Self(
        status: .badRequest, code: "BAK40002", message: "A standby cluster cannot be backed up; back up its primary.")

    /// 400 BAK21008: the cluster does not support this backup mode.
    package static func modeNotSupported(_ mode: String) -> Self {
        Self(
            status: .badRequest, code: "BAK21008",
            message: "The backup object does not support backup mode \(TextSanitizer.singleLine(String(mode.prefix(40)))).")
    }

    /// 400 BAK10002 on one field, with the field in `subErrors`.
    package static func invalidField(_ object: String, _ field: String, _ message: String) -> Self {
        Self(
            status: .badRequest, code: "BAK10002", message: "Request parameter \(field) is invalid: \(message)",
            subErrors: [OCPSubError(object: object, field: field, message: message)])
    }

    /// 400 with a storage code (BAK29018–BAK29021) on one field.
    package static func storage(_ code: String, _ field: String, _ message: String) -> Self {
        Self(status: .badRequest, code: code, message: message, subErrors: [OCPSubError(object: "storage", field: field, message: message)])
    }

    /// 404 TSK10001: no task with this id.
    package static func taskNotFound(_ id: String) -> Self {
        Self(status: .notFound, code: "TSK10001", message: "The task \(TextSanitizer.singleLine(String(id.prefix(40)))) does not exist.")
    }

    /// 404 TSK10001 for a subtask the task does not have.
    package static func subtaskNotFound(taskId: Int64, subtaskId: String) -> Self {
        Self(
            status: .notFound, code: "TSK10001",
            message: "The task \(taskId) has no subtask \(TextSanitizer.singleLine(String(subtaskId.prefix(40)))).")
    }

    /// 400 TSK10007: the operation is not allowed in the task's state.
    package static func taskStateForbids(_ id: Int64, status: String) -> Self {
        Self(status: .badRequest, code: "TSK10007", message: "The task \(id) is \(status); only a FAILED task can be retried.")
    }

    /// 404 OBE21003: no tenant with this id in the cluster.
    package static func tenantNotFound(_ id: String, clusterId: Int64) -> Self {
        Self(
            status: .notFound, code: "OBE21003",
            message: "The specified tenant with the ID of \(TextSanitizer.singleLine(String(id.prefix(40)))) does not exist in cluster \(clusterId).")
    }

    /// 409 BAK42005: the tenant name is taken in the target cluster.
    package static func tenantNameTaken(_ name: String, clusterId: Int64) -> Self {
        Self(
            status: .conflict, code: "BAK42005",
            message: "The tenant \(TextSanitizer.singleLine(name)) already exists in cluster \(clusterId); choose another name.")
    }

    /// 409 BAK42004: a restore to this tenant name is running.
    package static func tenantBeingRestored(_ name: String, clusterId: Int64) -> Self {
        Self(
            status: .conflict, code: "BAK42004",
            message: "The tenant \(TextSanitizer.singleLine(name)) of cluster \(clusterId) is already being restored.")
    }

    /// 400 BAK42003: a bad resource pool entry.
    package static func badPool(_ field: String, _ message: String) -> Self {
        Self(
            status: .badRequest, code: "BAK42003", message: "Invalid entry in the pool list: \(message)",
            subErrors: [OCPSubError(object: "restore", field: field, message: message)])
    }

    /// 400 BAK41001: the backup data of an offline source cannot be found or parsed.
    package static func backupDataUnreadable(_ detail: String) -> Self {
        Self(status: .badRequest, code: "BAK41001", message: "The backup data could not be parsed: \(detail)")
    }
}
