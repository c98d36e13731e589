/// The backup-operations requests, prepared but not sent: the client sends them, `--dry-run`
/// prints them. Mutations carry their body serialized once.
extension OCPClient {
    /// The alert list's largest page size.
    public static let maxAlarmPageSize = 200

    /// `page` (from 1) and `size` (1…`maxSize`), which the cluster task lists require.
    public static func pageItems(page: Int, size: Int, maxSize: Int) -> [QueryItem] {
        [QueryItem("page", String(max(1, page))), QueryItem("size", String(min(max(1, size), maxSize)))]
    }

    /// `/api/v2/ob/clusters/{id}/backup`, the prefix of the cluster's backup paths.
    public static func backupPath(clusterId: Int64) -> String { "/api/v2/ob/clusters/\(clusterId)/backup" }

    /// `GET /api/v2/ob/clusters/{id}/tenants`, one page.
    public static func tenantsRequest(clusterId: Int64, query: TenantQuery = TenantQuery(), page: Int, size: Int) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/ob/clusters/\(clusterId)/tenants", query: query.items(page: page, size: size))
    }

    /// `GET …/backup/overview`.
    public static func overviewRequest(clusterId: Int64) -> PreparedRequest {
        PreparedRequest(method: "GET", path: backupPath(clusterId: clusterId) + "/overview")
    }

    /// `GET …/backup/task/dataBackupTasks`, one page; optionally one backup set.
    public static func dataBackupTasksRequest(
        clusterId: Int64, range: OCPTimeRange = .unbounded, backupSetId: Int64? = nil, page: Int, size: Int
    ) -> PreparedRequest {
        var query = pageItems(page: page, size: size, maxSize: maxPageSize) + range.items
        if let backupSetId { query.append(QueryItem("backupSetId", String(backupSetId))) }
        return PreparedRequest(method: "GET", path: backupPath(clusterId: clusterId) + "/task/dataBackupTasks", query: query)
    }

    /// `GET …/backup/task/logBackupTasks`, one page.
    public static func logBackupTasksRequest(clusterId: Int64, range: OCPTimeRange = .unbounded, page: Int, size: Int) -> PreparedRequest {
        PreparedRequest(
            method: "GET", path: backupPath(clusterId: clusterId) + "/task/logBackupTasks",
            query: pageItems(page: page, size: size, maxSize: maxPageSize) + range.items)
    }

    /// `GET …/backup/task/restoreTasks`, one page.
    public static func restoreTasksRequest(clusterId: Int64, range: OCPTimeRange = .unbounded, page: Int, size: Int) -> PreparedRequest {
        PreparedRequest(
            method: "GET", path: backupPath(clusterId: clusterId) + "/task/restoreTasks",
            query: pageItems(page: page, size: size, maxSize: maxPageSize) + range.items)
    }

    /// `POST …/backup/backupNow` with the body serialized once.
    public static func backupNowRequest(clusterId: Int64, body: BackupNowRequest) throws(OCPAPIError) -> PreparedRequest {
        PreparedRequest(method: "POST", path: backupPath(clusterId: clusterId) + "/backupNow", body: try serialize(body))
    }

    /// `POST …/backup/config/backupStrategy/startSchedule` (resume automatic data backups; no body).
    public static func startScheduleRequest(clusterId: Int64) -> PreparedRequest {
        PreparedRequest(method: "POST", path: strategyPath(clusterId: clusterId) + "/startSchedule")
    }

    /// `POST …/backup/config/backupStrategy/stopSchedule` (pause automatic data backups; no body).
    public static func stopScheduleRequest(clusterId: Int64) -> PreparedRequest {
        PreparedRequest(method: "POST", path: strategyPath(clusterId: clusterId) + "/stopSchedule")
    }

    /// `GET …/backup/info`: the cluster's parsed backup data (recoverable windows).
    public static func backupInfoRequest(clusterId: Int64, range: OCPTimeRange = .unbounded) -> PreparedRequest {
        PreparedRequest(method: "GET", path: backupPath(clusterId: clusterId) + "/info", query: range.items)
    }

    /// `GET /api/v2/ob/clusters/{id}/tenants/{tenantId}/backup/info`: one tenant's parsed backup data.
    public static func tenantBackupInfoRequest(clusterId: Int64, tenantId: Int64, range: OCPTimeRange = .unbounded) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/ob/clusters/\(clusterId)/tenants/\(tenantId)/backup/info", query: range.items)
    }

    /// `POST …/backup/restore` (`{id}` is the source cluster) with the body serialized once.
    public static func restoreRequest(clusterId: Int64, body: RestoreRequest) throws(OCPAPIError) -> PreparedRequest {
        PreparedRequest(method: "POST", path: backupPath(clusterId: clusterId) + "/restore", body: try serialize(body))
    }

    /// `POST …/backup/restore/preview` with the same body as the restore.
    public static func restorePreviewRequest(clusterId: Int64, body: RestoreRequest) throws(OCPAPIError) -> PreparedRequest {
        PreparedRequest(method: "POST", path: backupPath(clusterId: clusterId) + "/restore/preview", body: try serialize(body))
    }

    /// `GET /api/v2/tasks/instances/{id}`.
    public static func taskInstanceRequest(id: Int64) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/tasks/instances/\(id)")
    }

    /// `GET /api/v2/tasks/instances/{id}/subtasks/{subtaskId}/log`.
    public static func subtaskLogRequest(taskId: Int64, subtaskId: Int64) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/tasks/instances/\(taskId)/subtasks/\(subtaskId)/log")
    }

    /// `POST /api/v2/tasks/instances/{id}/retry` (re-runs the failed subtasks; no body).
    public static func retryTaskRequest(id: Int64) -> PreparedRequest {
        PreparedRequest(method: "POST", path: "/api/v2/tasks/instances/\(id)/retry")
    }

    /// `GET /api/v2/tasks/instances`, one page.
    public static func taskInstancesRequest(_ query: TaskListQuery, page: Int, size: Int) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/tasks/instances", query: query.items(page: page, size: size))
    }

    /// `GET /api/v2/alarm/alarms`, one page of at most 200.
    public static func alarmsRequest(_ query: AlarmQuery, page: Int, size: Int) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/alarm/alarms", query: query.items(page: page, size: size))
    }

    /// `GET /api/v2/alarm/alarms/{id}`.
    public static func alarmRequest(id: Int64) -> PreparedRequest {
        PreparedRequest(method: "GET", path: "/api/v2/alarm/alarms/\(id)")
    }
}
