import Foundation

/// The task-instance calls: detail, subtask log, retry, list.
extension OCPClient {
    /// One task instance with its subtasks (OCP answers TSK10001 for an unknown id).
    public func taskInstance(id: Int64) async throws(OCPAPIError) -> OCPResponse<TaskInstance> {
        try await perform(Self.taskInstanceRequest(id: id), as: TaskInstance.self)
    }

    /// A subtask's log (it grows while the subtask runs: read it again for more).
    public func subtaskLog(taskId: Int64, subtaskId: Int64) async throws(OCPAPIError) -> OCPResponse<SubtaskLog> {
        try await perform(Self.subtaskLogRequest(taskId: taskId, subtaskId: subtaskId), as: SubtaskLog.self)
    }

    /// Retries a failed task (its failed subtasks run again). Never resent.
    public func retryTask(id: Int64) async throws(OCPAPIError) -> OCPResponse<TaskInstance> {
        try await perform(Self.retryTaskRequest(id: id), as: TaskInstance.self)
    }

    /// One page of task instances.
    public func taskInstances(
        _ query: TaskListQuery = TaskListQuery(), page: Int = 1, size: Int = maxPageSize
    ) async throws(OCPAPIError) -> OCPResponse<OCPPage<TaskInstance>> {
        try await perform(Self.taskInstancesRequest(query, page: page, size: size), as: OCPPage<TaskInstance>.self)
    }

    /// Every task instance `query` selects, in page order.
    public func allTaskInstances(_ query: TaskListQuery = TaskListQuery()) async throws(OCPAPIError) -> [TaskInstance] {
        try await allPages(of: TaskInstance.self, pageSize: Self.maxPageSize) { page, size in
            Self.taskInstancesRequest(query, page: page, size: size)
        }
    }

    /// The task instance behind the data backup `row` of cluster `clusterId`, found in the
    /// cluster's task list by time (`TaskInstanceMatch`): the list is read newest first, `pageSize`
    /// at a time, until it reaches instances older than the row (at most `maxPages` pages).
    /// `nil` when none matches. A data row's own `taskId` is not a task-instance id.
    public func taskInstance(
        for row: DataBackupTask, clusterId: Int64, pageSize: Int = 100, maxPages: Int = 10
    ) async throws(OCPAPIError) -> TaskInstance? {
        guard let start = row.startTime?.date else { return nil }
        let instances = try await recentTaskInstances(clusterId: clusterId, reaching: start, pageSize: pageSize, maxPages: maxPages)
        return TaskInstanceMatch.instance(for: row, among: instances)
    }

    /// The task instance behind the restore `row`, found in the target cluster's task list (the
    /// restore's instance works on the new tenant there); `clusterId` when the row names no target.
    public func taskInstance(
        for row: RestoreTask, clusterId: Int64, pageSize: Int = 100, maxPages: Int = 10
    ) async throws(OCPAPIError) -> TaskInstance? {
        guard let created = row.createTime?.date else { return nil }
        let target = row.restoreClusterId ?? clusterId
        let instances = try await recentTaskInstances(clusterId: target, reaching: created, pageSize: pageSize, maxPages: maxPages)
        return TaskInstanceMatch.instance(for: row, among: instances)
    }

    /// The cluster's task instances newest first, page by page, until a page reaches past
    /// `TaskInstanceMatch.window` before `time`, the list ends, or `maxPages` were read.
    func recentTaskInstances(clusterId: Int64, reaching time: Date, pageSize: Int, maxPages: Int) async throws(OCPAPIError) -> [TaskInstance] {
        let query = TaskListQuery(clusterId: clusterId, sort: "id,desc")
        var instances: [TaskInstance] = []
        for number in 1...max(1, maxPages) {
            let page = try await taskInstances(query, page: number, size: pageSize).value
            instances += page.contents
            let pages = page.page.map { max($0.totalPages, ($0.totalElements + pageSize - 1) / pageSize) } ?? 1
            if page.contents.isEmpty || number >= pages || TaskInstanceMatch.isPast(time, oldestOnPage: page.contents.last) { break }
        }
        return instances
    }
}
