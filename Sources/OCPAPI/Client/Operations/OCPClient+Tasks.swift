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
}
