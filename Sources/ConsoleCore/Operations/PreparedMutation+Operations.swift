import OCPAPI

extension PreparedMutation {
    /// Backing up `clusterId` now: `kind`, to the strategy's storage as read back
    /// (`BackupNowRequest(strategy:kind:)`, what OCP's console sends), the backup object being
    /// that cluster.
    /// - Throws: when the body cannot be serialized.
    public static func backupNow(clusterId: Int64, strategy: BackupStrategy, kind: DataBackupKind) throws(OCPAPIError) -> PreparedMutation {
        var body = BackupNowRequest(strategy: strategy, kind: kind)
        body.obBackupObject = BackupObject(clusterId: clusterId, backupDimension: .cluster)
        return PreparedMutation(
            operation: .backupNow, clusterId: clusterId, request: try OCPClient.backupNowRequest(clusterId: clusterId, body: body))
    }

    /// Pausing (`pause`) or resuming the automatic data backups of `clusterId`.
    public static func schedule(clusterId: Int64, pause: Bool) -> PreparedMutation {
        pause
            ? PreparedMutation(operation: .pauseSchedule, clusterId: clusterId, request: OCPClient.stopScheduleRequest(clusterId: clusterId))
            : PreparedMutation(operation: .resumeSchedule, clusterId: clusterId, request: OCPClient.startScheduleRequest(clusterId: clusterId))
    }

    /// Retrying the failed task `taskId` of cluster `clusterId`.
    public static func retry(taskId: Int64, clusterId: Int64) -> PreparedMutation {
        PreparedMutation(operation: .retryTask, clusterId: clusterId, request: OCPClient.retryTaskRequest(id: taskId))
    }

    /// Whether OCP answers the change with the task instance (a retry) rather than a
    /// `BackupCommonResponse`.
    public var answersWithTask: Bool { operation == .retryTask }
}
