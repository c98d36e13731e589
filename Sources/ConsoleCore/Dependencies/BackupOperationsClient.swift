import Foundation
import OCPAPI

/// The backup-operations reads the console makes (docs/operations.md): task instances and
/// their logs, the overview, task lists, as closures so tests answer them. Changes go through
/// ``ConsoleDependencies/mutate`` like every other mutation.
public struct BackupOperationsClient: Sendable {
    /// One task instance with its subtasks.
    public var taskInstance: @Sendable (_ id: Int64) async -> Result<Served<TaskInstance>, OCPAPIError>
    /// A subtask's log.
    public var subtaskLog: @Sendable (_ taskId: Int64, _ subtaskId: Int64) async -> Result<SubtaskLog, OCPAPIError>
    /// The task instance behind a data backup row of a cluster (`nil` when none matches).
    public var dataBackupInstance: @Sendable (_ clusterId: Int64, _ row: DataBackupTask) async -> Result<TaskInstance?, OCPAPIError>
    /// The task instance behind a restore row (`nil` when none matches).
    public var restoreInstance: @Sendable (_ clusterId: Int64, _ row: RestoreTask) async -> Result<TaskInstance?, OCPAPIError>
    /// The cluster's newest task instances (the first page, newest first).
    public var recentTaskInstances: @Sendable (_ clusterId: Int64) async -> Result<[TaskInstance], OCPAPIError>
    /// The cluster's backup overview.
    public var overview: @Sendable (_ clusterId: Int64) async -> Result<Served<BackupOverview>, OCPAPIError>
    /// The cluster's log backup tasks in a range, newest first.
    public var logBackupTasks: @Sendable (_ clusterId: Int64, _ range: OCPTimeRange) async -> Result<[LogBackupTask], OCPAPIError>
    /// The cluster's data, log and restore tasks in a range, each newest first, with OCP's time.
    public var taskLists: @Sendable (_ clusterId: Int64, _ range: OCPTimeRange) async -> Result<Served<ClusterTaskLists>, OCPAPIError>
    /// The cluster's parsed backup data (each tenant's recoverable windows), with OCP's time.
    public var backupInfo: @Sendable (_ clusterId: Int64) async -> Result<Served<ClusterBackupInfo>, OCPAPIError>

    /// Makes a client.
    public init(
        taskInstance: @escaping @Sendable (Int64) async -> Result<Served<TaskInstance>, OCPAPIError>,
        subtaskLog: @escaping @Sendable (Int64, Int64) async -> Result<SubtaskLog, OCPAPIError>,
        dataBackupInstance: @escaping @Sendable (Int64, DataBackupTask) async -> Result<TaskInstance?, OCPAPIError>,
        restoreInstance: @escaping @Sendable (Int64, RestoreTask) async -> Result<TaskInstance?, OCPAPIError>,
        recentTaskInstances: @escaping @Sendable (Int64) async -> Result<[TaskInstance], OCPAPIError>,
        overview: @escaping @Sendable (Int64) async -> Result<Served<BackupOverview>, OCPAPIError>,
        logBackupTasks: @escaping @Sendable (Int64, OCPTimeRange) async -> Result<[LogBackupTask], OCPAPIError>,
        taskLists: @escaping @Sendable (Int64, OCPTimeRange) async -> Result<Served<ClusterTaskLists>, OCPAPIError>,
        backupInfo: @escaping @Sendable (Int64) async -> Result<Served<ClusterBackupInfo>, OCPAPIError>
    ) {
        self.taskInstance = taskInstance
        self.subtaskLog = subtaskLog
        self.dataBackupInstance = dataBackupInstance
        self.restoreInstance = restoreInstance
        self.recentTaskInstances = recentTaskInstances
        self.overview = overview
        self.logBackupTasks = logBackupTasks
        self.taskLists = taskLists
        self.backupInfo = backupInfo
    }

    /// How many of the newest task instances ``recentTaskInstances`` reads.
    public static let recentTaskCount = 50

    /// The calls through `client`.
    public static func live(client: OCPClient) -> BackupOperationsClient {
        BackupOperationsClient(
            taskInstance: { id in
                await answer { () async throws(OCPAPIError) in
                    let response = try await client.taskInstance(id: id)
                    return Served(response.value, answeredAt: response.serverTime?.date)
                }
            },
            subtaskLog: { task, subtask in
                await answer { () async throws(OCPAPIError) in try await client.subtaskLog(taskId: task, subtaskId: subtask).value }
            },
            dataBackupInstance: { cluster, row in
                await answer { () async throws(OCPAPIError) in try await client.taskInstance(for: row, clusterId: cluster) }
            },
            restoreInstance: { cluster, row in
                await answer { () async throws(OCPAPIError) in try await client.taskInstance(for: row, clusterId: cluster) }
            },
            recentTaskInstances: { cluster in
                await answer { () async throws(OCPAPIError) in
                    try await client.taskInstances(TaskListQuery(clusterId: cluster), size: recentTaskCount).value.contents
                }
            },
            overview: { cluster in
                await answer { () async throws(OCPAPIError) in
                    let response = try await client.backupOverview(clusterId: cluster)
                    return Served(response.value, answeredAt: response.serverTime?.date)
                }
            },
            logBackupTasks: { cluster, range in
                await answer { () async throws(OCPAPIError) in try await client.allLogBackupTasks(clusterId: cluster, range: range) }
            },
            taskLists: { cluster, range in await taskLists(client: client, clusterId: cluster, range: range) },
            backupInfo: { cluster in
                await answer { () async throws(OCPAPIError) in
                    let response = try await client.backupInfo(clusterId: cluster)
                    return Served(response.value, answeredAt: response.serverTime?.date)
                }
            })
    }

    /// Every call unimplemented: each reports through `unset` with its name.
    package static func unimplemented(_ unset: @escaping @Sendable (String) -> OCPAPIError) -> BackupOperationsClient {
        BackupOperationsClient(
            taskInstance: { _ in .failure(unset("operations.taskInstance")) },
            subtaskLog: { _, _ in .failure(unset("operations.subtaskLog")) },
            dataBackupInstance: { _, _ in .failure(unset("operations.dataBackupInstance")) },
            restoreInstance: { _, _ in .failure(unset("operations.restoreInstance")) },
            recentTaskInstances: { _ in .failure(unset("operations.recentTaskInstances")) },
            overview: { _ in .failure(unset("operations.overview")) },
            logBackupTasks: { _, _ in .failure(unset("operations.logBackupTasks")) },
            taskLists: { _, _ in .failure(unset("operations.taskLists")) },
            backupInfo: { _ in .failure(unset("operations.backupInfo")) })
    }

    /// The three lists side by side; OCP's time is the data list's first page's.
    private static func taskLists(client: OCPClient, clusterId: Int64, range: OCPTimeRange) async -> Result<Served<ClusterTaskLists>, OCPAPIError> {
        async let log = answer { () async throws(OCPAPIError) in try await client.allLogBackupTasks(clusterId: clusterId, range: range) }
        async let restore = answer { () async throws(OCPAPIError) in try await client.allRestoreTasks(clusterId: clusterId, range: range) }
        let data = await answer { () async throws(OCPAPIError) in
            let first = try await client.dataBackupTasks(clusterId: clusterId, range: range)
            let pages = first.value.page.map { max($0.totalPages, ($0.totalElements + OCPClient.maxPageSize - 1) / OCPClient.maxPageSize) } ?? 1
            let rows =
                pages > 1 ? try await client.allDataBackupTasks(clusterId: clusterId, range: range) : TaskRowOrder.newestFirst(first.value.contents)
            return Served(rows, answeredAt: first.serverTime?.date)
        }
        let (logs, restores) = await (log, restore)
        return data.flatMap { served in
            logs.flatMap { log in
                restores.map { restore in Served(ClusterTaskLists(data: served.value, log: log, restore: restore), answeredAt: served.answeredAt) }
            }
        }
    }

    private static func answer<Value>(_ call: () async throws(OCPAPIError) -> Value) async -> Result<Value, OCPAPIError> {
        do throws(OCPAPIError) { return .success(try await call()) } catch { return .failure(error) }
    }
}
