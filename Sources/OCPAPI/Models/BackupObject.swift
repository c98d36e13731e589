/// A backup object: a cluster, or a tenant of it.
public struct BackupObject: Codable, Hashable, Sendable {
    /// OCP cluster id.
    public var clusterId: Int64?
    /// OCP tenant id (tenant objects only).
    public var tenantId: Int64?
    /// CLUSTER or TENANT.
    public var backupDimension: BackupDimension?

    /// Makes a backup object.
    public init(clusterId: Int64?, tenantId: Int64? = nil, backupDimension: BackupDimension?) {
        self.clusterId = clusterId
        self.tenantId = tenantId
        self.backupDimension = backupDimension
    }
}
