/// A cluster's backup at a glance (`ClusterBackupInfoDetail`): schedule status, last data
/// backup, log checkpoint and delay, size. Every field may be absent (a cluster never backed up
/// has no times; the size comes from a job that runs every few hours).
public struct BackupOverview: Codable, Hashable, Sendable {
    /// OCP cluster id.
    public var clusterId: Int64?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// Cluster name.
    public var clusterName: String?
    /// OceanBase tenant id (tenant dimension only).
    public var obTenantId: Int64?
    /// OCP tenant id (tenant dimension only).
    public var tenantId: Int64?
    /// Tenant name (tenant dimension only).
    public var tenantName: String?
    /// PRIMARY or STANDBY.
    public var obClusterType: ClusterType?
    /// The cluster's status, e.g. RUNNING.
    public var obClusterStatus: ClusterStatus?
    /// Major compaction state, e.g. IDLE; a full backup may first need a compaction.
    public var compactionStatus: String?
    /// Whether the cluster is in a primary/standby configuration.
    public var primaryAndStandbyMode: Bool?
    /// OceanBase version.
    public var obVersion: String?
    /// Whether a strategy exists.
    public var obClusterBackupStatus: ClusterBackupStatus?
    /// The backup ability, as the ability call gives it.
    public var obBackupAbility: BackupAbility?
    /// CLUSTER or TENANT.
    public var backupDimension: BackupDimension?
    /// NONE, NORMAL, PAUSED, WAITING or ABNORMAL.
    public var backupScheduleStatus: BackupScheduleStatus?
    /// When the last data backup finished.
    public var lastDataBackupTime: OCPTimestamp?
    /// The newest archived point of the log backup.
    public var latestLogBackupCheckpoint: OCPTimestamp?
    /// How far the log backup lags, seconds (computed by OCP slightly before it answered).
    public var logBackupDelaySeconds: Double?
    /// Size of the backups, in `obStorageVolumeUnit`.
    public var backupSize: Double?
    /// B, KB, MB, GB, TB or PB.
    public var obStorageVolumeUnit: StorageVolumeUnit?

    /// Makes an overview with the fields the health rules read.
    public init(
        clusterId: Int64? = nil, clusterName: String? = nil, obClusterType: ClusterType? = .primary,
        obClusterStatus: ClusterStatus? = .running, obClusterBackupStatus: ClusterBackupStatus? = nil,
        backupScheduleStatus: BackupScheduleStatus? = nil, lastDataBackupTime: OCPTimestamp? = nil,
        latestLogBackupCheckpoint: OCPTimestamp? = nil, logBackupDelaySeconds: Double? = nil
    ) {
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.obClusterType = obClusterType
        self.obClusterStatus = obClusterStatus
        self.obClusterBackupStatus = obClusterBackupStatus
        self.backupScheduleStatus = backupScheduleStatus
        self.lastDataBackupTime = lastDataBackupTime
        self.latestLogBackupCheckpoint = latestLogBackupCheckpoint
        self.logBackupDelaySeconds = logBackupDelaySeconds
    }

    /// The backup size in bytes, when size and unit are known.
    public var backupSizeBytes: Double? {
        guard let backupSize, let factor = obStorageVolumeUnit?.bytesPerUnit else { return nil }
        return backupSize * factor
    }
}
