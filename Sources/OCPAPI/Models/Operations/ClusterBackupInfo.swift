/// The parsed backup data of a cluster (`ObClusterBackupInfo`): an aggregate over all tenants
/// (which takes the latest tenant's end, so it overstates a lagging tenant) and each tenant's.
public struct ClusterBackupInfo: Codable, Hashable, Sendable {
    /// OCP cluster id.
    public var clusterId: Int64?
    /// Cluster name.
    public var clusterName: String?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// Whether the cluster is online.
    public var online: Bool?
    /// The aggregate over every tenant.
    public var obRecoverableInfoAggregation: RecoverableInfoAggregation?
    /// Each tenant's items: the ones to decide restores with.
    public var tenantBackupInfos: [TenantBackupInfo]?

    /// Makes the object.
    public init(
        clusterId: Int64?, clusterName: String?, obClusterId: Int64? = nil, online: Bool? = true,
        obRecoverableInfoAggregation: RecoverableInfoAggregation?, tenantBackupInfos: [TenantBackupInfo]?
    ) {
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.obClusterId = obClusterId
        self.online = online
        self.obRecoverableInfoAggregation = obRecoverableInfoAggregation
        self.tenantBackupInfos = tenantBackupInfos
    }
}
