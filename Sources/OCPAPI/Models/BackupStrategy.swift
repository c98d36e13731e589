/// A backup strategy as read back (`OcpBackupStrategy`; docs/ocp-api.md, Backup ability and strategy).
///
/// The table omits thresholds and secondary settings but the web console shows them, so they
/// are read when present. Secrets come back masked (`******`).
public struct BackupStrategy: Codable, Hashable, Sendable {
    /// Strategy id.
    public var id: Int64?
    /// Created.
    public var createTime: OCPTimestamp?
    /// Last modified.
    public var updateTime: OCPTimestamp?
    /// Cluster name.
    public var clusterName: String?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// OCP cluster id.
    public var clusterId: Int64?
    /// CLUSTER or TENANT.
    public var backupDimension: BackupDimension?
    /// Tenant name (tenant strategies).
    public var tenantName: String?
    /// OceanBase tenant id (tenant strategies).
    public var obTenantId: Int64?
    /// OCP tenant id (tenant strategies).
    public var tenantId: Int64?
    /// BACKUP or SECONDARY_BACKUP.
    public var type: String?
    /// Storage.
    public var obBackupServiceStorageConfig: StorageConfig?
    /// Mode.
    public var backupMode: BackupMode?
    /// Storage configuration name.
    public var serviceConfigName: String?
    /// Schedule.
    public var obBackupScheduleConfig: BackupScheduleConfig?
    /// Alert thresholds (when OCP returns them).
    public var obBackupThresholdConfig: BackupThresholdConfig?
    /// Secondary backup on.
    public var secondaryBackupEnabled: Bool?
    /// Secondary backup settings.
    public var obSecondaryBackupConfig: SecondaryBackupConfig?

    /// Makes a strategy.
    public init(id: Int64? = nil, clusterId: Int64? = nil, clusterName: String? = nil, backupMode: BackupMode? = nil) {
        self.id = id
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.backupMode = backupMode
    }

    /// The request that would recreate this strategy: the basis of a modify (keeps `storageId`s).
    public var asRequest: BackupStrategyRequest {
        BackupStrategyRequest(
            backupMode: backupMode, obBackupScheduleConfig: obBackupScheduleConfig,
            obBackupThresholdConfig: obBackupThresholdConfig, obBackupServiceStorageConfig: obBackupServiceStorageConfig,
            secondaryBackupEnabled: secondaryBackupEnabled, obSecondaryBackupConfig: obSecondaryBackupConfig
        )
    }
}
