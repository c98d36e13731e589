/// The parsed backup data of one tenant (`ObTenantBackupInfo`): what the tenant call returns
/// and each entry of the cluster call's `tenantBackupInfos`.
public struct TenantBackupInfo: Codable, Hashable, Sendable {
    /// OCP cluster id.
    public var clusterId: Int64?
    /// Cluster name.
    public var clusterName: String?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// OCP tenant id.
    public var tenantId: Int64?
    /// OceanBase tenant id.
    public var obTenantId: Int64?
    /// Tenant name.
    public var tenantName: String?
    /// Whether OCP still manages the tenant (an offline tenant restores with the offline body).
    public var online: Bool?
    /// The items of the last seven days.
    public var obRecoverableInfoAggregation: RecoverableInfoAggregation?

    /// Makes the object.
    public init(
        tenantId: Int64?, tenantName: String?, obTenantId: Int64? = nil, online: Bool? = true,
        obRecoverableInfoAggregation: RecoverableInfoAggregation?
    ) {
        self.tenantId = tenantId
        self.tenantName = tenantName
        self.obTenantId = obTenantId
        self.online = online
        self.obRecoverableInfoAggregation = obRecoverableInfoAggregation
    }
}
