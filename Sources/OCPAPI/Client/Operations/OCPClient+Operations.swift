/// The backup-operations calls: tenants, overview, task lists, back up now, pause and resume,
/// parsed backup data, restore. Reads are GETs and retried as every GET; mutations are sent
/// once and never resent (an unanswered one is `outcomeUnknown`: read the state again).
extension OCPClient {
    /// One page of a cluster's tenants.
    public func tenants(
        clusterId: Int64, _ query: TenantQuery = TenantQuery(), page: Int = 1, size: Int = maxPageSize
    ) async throws(OCPAPIError) -> OCPResponse<OCPPage<Tenant>> {
        try await perform(Self.tenantsRequest(clusterId: clusterId, query: query, page: page, size: size), as: OCPPage<Tenant>.self)
    }

    /// Every tenant of a cluster, in page order.
    public func allTenants(clusterId: Int64, _ query: TenantQuery = TenantQuery()) async throws(OCPAPIError) -> [Tenant] {
        try await allPages(of: Tenant.self, pageSize: Self.maxPageSize) { page, size in
            Self.tenantsRequest(clusterId: clusterId, query: query, page: page, size: size)
        }
    }

    /// The cluster's backup overview.
    public func backupOverview(clusterId: Int64) async throws(OCPAPIError) -> OCPResponse<BackupOverview> {
        try await perform(Self.overviewRequest(clusterId: clusterId), as: BackupOverview.self)
    }

    /// One page of the cluster's data backup tasks.
    public func dataBackupTasks(
        clusterId: Int64, range: OCPTimeRange = .unbounded, page: Int = 1, size: Int = maxPageSize
    ) async throws(OCPAPIError) -> OCPResponse<OCPPage<DataBackupTask>> {
        try await perform(
            Self.dataBackupTasksRequest(clusterId: clusterId, range: range, page: page, size: size), as: OCPPage<DataBackupTask>.self)
    }

    /// Every data backup task of the cluster in `range`, newest first (OCP's order is not
    /// documented, so they are sorted here).
    public func allDataBackupTasks(clusterId: Int64, range: OCPTimeRange = .unbounded) async throws(OCPAPIError) -> [DataBackupTask] {
        let rows = try await allPages(of: DataBackupTask.self, pageSize: Self.maxPageSize) { page, size in
            Self.dataBackupTasksRequest(clusterId: clusterId, range: range, page: page, size: size)
        }
        return TaskRowOrder.newestFirst(rows)
    }

    /// One page of the cluster's log backup tasks.
    public func logBackupTasks(
        clusterId: Int64, range: OCPTimeRange = .unbounded, page: Int = 1, size: Int = maxPageSize
    ) async throws(OCPAPIError) -> OCPResponse<OCPPage<LogBackupTask>> {
        try await perform(
            Self.logBackupTasksRequest(clusterId: clusterId, range: range, page: page, size: size), as: OCPPage<LogBackupTask>.self)
    }

    /// Every log backup task of the cluster in `range`, newest first.
    public func allLogBackupTasks(clusterId: Int64, range: OCPTimeRange = .unbounded) async throws(OCPAPIError) -> [LogBackupTask] {
        let rows = try await allPages(of: LogBackupTask.self, pageSize: Self.maxPageSize) { page, size in
            Self.logBackupTasksRequest(clusterId: clusterId, range: range, page: page, size: size)
        }
        return TaskRowOrder.newestFirst(rows)
    }

    /// One page of the cluster's restore tasks.
    public func restoreTasks(
        clusterId: Int64, range: OCPTimeRange = .unbounded, page: Int = 1, size: Int = maxPageSize
    ) async throws(OCPAPIError) -> OCPResponse<OCPPage<RestoreTask>> {
        try await perform(
            Self.restoreTasksRequest(clusterId: clusterId, range: range, page: page, size: size), as: OCPPage<RestoreTask>.self)
    }

    /// Every restore task of the cluster in `range`, newest first.
    public func allRestoreTasks(clusterId: Int64, range: OCPTimeRange = .unbounded) async throws(OCPAPIError) -> [RestoreTask] {
        let rows = try await allPages(of: RestoreTask.self, pageSize: Self.maxPageSize) { page, size in
            Self.restoreTasksRequest(clusterId: clusterId, range: range, page: page, size: size)
        }
        return TaskRowOrder.newestFirst(rows)
    }

    /// Starts a full or incremental data backup now; the answer's `allTaskIds` are the OCP tasks
    /// to follow. Acceptance is not success: preconditions fail inside the task. Never resent.
    public func backupNow(clusterId: Int64, _ body: BackupNowRequest) async throws(OCPAPIError) -> OCPResponse<BackupCommonResponse> {
        try await perform(try Self.backupNowRequest(clusterId: clusterId, body: body), as: BackupCommonResponse.self)
    }

    /// Resumes the strategy's automatic data backups (synchronous; no task). Never resent.
    public func startBackupSchedule(clusterId: Int64) async throws(OCPAPIError) -> OCPResponse<BackupCommonResponse> {
        try await perform(Self.startScheduleRequest(clusterId: clusterId), as: BackupCommonResponse.self)
    }

    /// Pauses the strategy's automatic data backups (synchronous; no task). Whether log backup
    /// stops too is not documented: read the log tasks afterwards. Never resent.
    public func stopBackupSchedule(clusterId: Int64) async throws(OCPAPIError) -> OCPResponse<BackupCommonResponse> {
        try await perform(Self.stopScheduleRequest(clusterId: clusterId), as: BackupCommonResponse.self)
    }

    /// The cluster's parsed backup data: each tenant's recoverable windows over the last seven
    /// days (see `ClusterRecoverability`). Slow on a real OCP: cache it, do not poll it.
    public func backupInfo(clusterId: Int64, range: OCPTimeRange = .unbounded) async throws(OCPAPIError) -> OCPResponse<ClusterBackupInfo> {
        try await perform(Self.backupInfoRequest(clusterId: clusterId, range: range), as: ClusterBackupInfo.self)
    }

    /// One tenant's parsed backup data.
    public func tenantBackupInfo(
        clusterId: Int64, tenantId: Int64, range: OCPTimeRange = .unbounded
    ) async throws(OCPAPIError) -> OCPResponse<TenantBackupInfo> {
        try await perform(Self.tenantBackupInfoRequest(clusterId: clusterId, tenantId: tenantId, range: range), as: TenantBackupInfo.self)
    }

    /// Starts a restore from source cluster `clusterId`; follow `allTaskIds`, then find the record
    /// in the restore tasks. Never resent.
    public func restore(clusterId: Int64, _ body: RestoreRequest) async throws(OCPAPIError) -> OCPResponse<BackupCommonResponse> {
        try await perform(try Self.restoreRequest(clusterId: clusterId, body: body), as: BackupCommonResponse.self)
    }

    /// The backup sets and log pieces a restore with `body` would read (a POST, so not retried).
    public func restorePreview(clusterId: Int64, _ body: RestoreRequest) async throws(OCPAPIError) -> OCPResponse<RestorePreview> {
        try await perform(try Self.restorePreviewRequest(clusterId: clusterId, body: body), as: RestorePreview.self)
    }
}
