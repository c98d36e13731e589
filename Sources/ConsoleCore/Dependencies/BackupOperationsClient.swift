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

    /// Makes a client.
    public init(
        taskInstance: @escaping @Sendable (Int64) async -> Result<Served<TaskInstance>, OCPAPIError>,
        subtaskLog: @escaping @Sendable (Int64, Int64) async -> Result<SubtaskLog, OCPAPIError>,
        dataBackupInstance: @escaping @Sendable (Int64, DataBackupTask) async -> Result<TaskInstance?, OCPAPIError>,
        restoreInstance: @escaping @Sendable (Int64, RestoreTask) async -> Result<TaskInstance?, OCPAPIError>,
        recentTaskInstances: @escaping @Sendable (Int64) async -> Result<[TaskInstance], OCPAPIError>,
        overview: @escaping @Sendable (Int64) async -> Result<Served<BackupOverview>, OCPAPIError>,
        logBackupTasks: @escaping @Sendable (Int64, OCPTimeRange) async -> Result<[LogBackupTask], OCPAPIError>
    ) {
        self.taskInstance = taskInstance
        self.subtaskLog = subtaskLog
        self.dataBackupInstance = dataBackupInstance
        self.restoreInstance = restoreInstance
        self.recentTaskInstances = recentTaskInstances
        self.overview = overview
        self.logBackupTasks = logBackupTasks
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
            logBackupTasks: { _, _ in .failure(unset("operations.logBackupTasks")) })
    }

    private static func answer<Value>(_ call: () async throws(OCPAPIError) -> Value) async -> Result<Value, OCPAPIError> {
        do throws(OCPAPIError) { return .success(try await call()) } catch { return .failure(error) }
    }
}
