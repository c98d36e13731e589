/// What an offline restore names: the source by cluster and tenant name plus its storage, for
/// a tenant OCP no longer knows.
public struct OfflineRestoreParameters: Codable, Hashable, Sendable {
    /// PHYSICAL_BACKUP or LOGICAL_BACKUP.
    public var backupMode: BackupMode?
    /// Source cluster name.
    public var backupClusterName: String?
    /// Source cluster, OceanBase id (optional).
    public var backupObClusterId: Int64?
    /// Source tenant name.
    public var backupTenantName: String?
    /// Source tenant, OceanBase id (optional).
    public var backupObTenantId: Int64?
    /// Target cluster, OCP id.
    public var restoreClusterId: Int64?
    /// Where the backups are.
    public var obBackupStorageBaseInfo: StorageBaseInfo?
    /// The point in time.
    public var restoreEndTime: OCPTimestamp?
    /// The new tenant.
    public var restoreTenantInfoParam: RestoreTenantInfo?

    /// Makes the parameters.
    public init(
        backupMode: BackupMode?, backupClusterName: String?, backupObClusterId: Int64? = nil, backupTenantName: String?,
        backupObTenantId: Int64? = nil, restoreClusterId: Int64?, obBackupStorageBaseInfo: StorageBaseInfo?,
        restoreEndTime: OCPTimestamp?, restoreTenantInfoParam: RestoreTenantInfo?
    ) {
        self.backupMode = backupMode
        self.backupClusterName = backupClusterName
        self.backupObClusterId = backupObClusterId
        self.backupTenantName = backupTenantName
        self.backupObTenantId = backupObTenantId
        self.restoreClusterId = restoreClusterId
        self.obBackupStorageBaseInfo = obBackupStorageBaseInfo
        self.restoreEndTime = restoreEndTime
        self.restoreTenantInfoParam = restoreTenantInfoParam
    }
}
