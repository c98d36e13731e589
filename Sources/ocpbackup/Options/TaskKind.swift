import ArgumentParser
import OCPAPI

/// Which of a cluster's task lists `tasks --kind` reads.
enum TaskKind: String, ExpressibleByArgument, CaseIterable, Sendable {
    /// Data backups (`…/backup/task/dataBackupTasks`): backup sets, not OCP task ids.
    case data
    /// Log backup (archive) rounds (`…/backup/task/logBackupTasks`).
    case log
    /// Restores from or into the cluster (`…/backup/task/restoreTasks`).
    case restore
    /// OCP task instances of the cluster (`/api/v2/tasks/instances?clusterId=`): the ids that
    /// `task show` and `task retry` take.
    case instances

    /// The statuses OCP documents for this list, for `--status` and its message.
    var documentedStatuses: [String] {
        switch self {
        case .data: DataBackupTaskStatus.documented.map(\.rawValue)
        case .log: LogBackupTaskStatus.documented.map(\.rawValue)
        case .restore: RestoreTaskStatus.documented.map(\.rawValue)
        case .instances: TaskInstanceStatus.documented.map(\.rawValue)
        }
    }
}
