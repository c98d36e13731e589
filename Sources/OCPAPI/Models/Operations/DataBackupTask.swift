/// A data backup task row (`DataBackupHistoryWrapperTask`).
///
/// `taskId` identifies OceanBase's backup job (it equals `backupSetId` in every sample), not an
/// OCP task instance: never pass it to the task-instance calls.
public struct DataBackupTask: Codable, Hashable, Sendable {
    /// OceanBase backup job id.
    public var taskId: Int64?
    /// Backup set id.
    public var backupSetId: Int64?
    /// FULL_BACKUP or INCREMENTAL_BACKUP.
    public var dataBackupTaskType: DataBackupKind?
    /// PHYSICAL_BACKUP or LOGICAL_BACKUP.
    public var backupMode: BackupMode?
    /// Undocumented.
    public var backupType: String?
    /// Undocumented.
    public var taskType: String?
    /// Undocumented.
    public var dataType: String?
    /// OCP cluster id.
    public var clusterId: Int64?
    /// Cluster name.
    public var clusterName: String?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// PRIMARY or STANDBY.
    public var clusterType: ClusterType?
    /// OCP tenant id; `0` on cluster-dimension rows means "no tenant".
    public var tenantId: Int64?
    /// Tenant name.
    public var tenantName: String?
    /// OceanBase tenant id.
    public var obTenantId: Int64?
    /// CLUSTER or TENANT (4.3 tenant rows).
    public var backupDimension: BackupDimension?
    /// When it started.
    public var startTime: OCPTimestamp?
    /// When it finished (absent while running).
    public var finishTime: OCPTimestamp?
    /// The status, raw and classified.
    public var status: DataBackupTaskStatus?
    /// Why it failed; may be `""`.
    public var errorMsg: String?
    /// Data version.
    public var dataVersion: Int64?
    /// Schema version.
    public var schemaVersion: Int64?
    /// Where it was written, with protocol (`file:///obbackup/`).
    public var backupUri: String?
    /// Second-backup task ids (physical only).
    public var dataSecondaryBackupTaskIds: [Int64]?
    /// Run time in seconds (4.3 rows).
    public var duration: Double?
    /// The snapshot time (4.3 rows).
    public var snapshotVersionTime: OCPTimestamp?

    /// Makes a row with the fields lists and rules read.
    public init(
        taskId: Int64? = nil, backupSetId: Int64? = nil, dataBackupTaskType: DataBackupKind? = nil, clusterId: Int64? = nil,
        startTime: OCPTimestamp? = nil, finishTime: OCPTimestamp? = nil, status: DataBackupTaskStatus? = nil, errorMsg: String? = nil
    ) {
        self.taskId = taskId
        self.backupSetId = backupSetId
        self.dataBackupTaskType = dataBackupTaskType
        self.clusterId = clusterId
        self.startTime = startTime
        self.finishTime = finishTime
        self.status = status
        self.errorMsg = errorMsg
    }

    /// The status class (unknown when there is no status).
    public var statusClass: StatusClass { status?.statusClass ?? .unknown }

    /// The tenant id, `nil` for OCP's "no tenant" `0`.
    public var realTenantId: Int64? { tenantId == 0 ? nil : tenantId }
}
