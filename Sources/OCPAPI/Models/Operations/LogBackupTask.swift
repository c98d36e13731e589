/// A log backup (archive) task row (`LogBackupWrapperTask`). A healthy object has one in a
/// running state whose `delay` stays under the strategy's `logBackupDelaySeconds`.
public struct LogBackupTask: Codable, Hashable, Sendable {
    /// When the archive round started.
    public var createTime: OCPTimestamp?
    /// When the row last changed.
    public var modifyTime: OCPTimestamp?
    /// OCP cluster id.
    public var clusterId: Int64?
    /// Cluster name.
    public var clusterName: String?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// PRIMARY or STANDBY.
    public var clusterType: ClusterType?
    /// OCP tenant id; `0` means "no tenant".
    public var tenantId: Int64?
    /// Tenant name.
    public var tenantName: String?
    /// OceanBase tenant id.
    public var obTenantId: Int64?
    /// CLUSTER or TENANT (4.3 tenant rows).
    public var backupDimension: BackupDimension?
    /// The status, raw and classified.
    public var status: LogBackupTaskStatus?
    /// Why it failed or stopped; may be `""`.
    public var errorMsg: String?
    /// Where it archives, with protocol.
    public var backupUri: String?
    /// The newest archived point.
    public var checkpoint: OCPTimestamp?
    /// PHYSICAL_BACKUP or LOGICAL_BACKUP.
    public var backupMode: BackupMode?
    /// How far the archive lags, seconds: documented as a Long, sent with a fraction (`77.6421`).
    public var delay: Double?
    /// The host of the logical backup service (sample only).
    public var agentServerIp: String?

    /// Makes a row with the fields lists and rules read.
    public init(
        clusterId: Int64? = nil, createTime: OCPTimestamp? = nil, status: LogBackupTaskStatus? = nil, checkpoint: OCPTimestamp? = nil,
        delay: Double? = nil
    ) {
        self.clusterId = clusterId
        self.createTime = createTime
        self.status = status
        self.checkpoint = checkpoint
        self.delay = delay
    }

    /// The status class (unknown when there is no status).
    public var statusClass: StatusClass { status?.statusClass ?? .unknown }
}
