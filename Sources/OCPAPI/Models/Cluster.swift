/// An OceanBase cluster managed by OCP (`ObCluster`; docs/ocp-api.md, Clusters and paging).
public struct Cluster: Codable, Hashable, Sendable, Identifiable {
    /// OCP-side cluster id, used in `/api/v2/ob/clusters/{id}/…`.
    public var id: Int64
    /// Cluster name.
    public var name: String
    /// OceanBase-side cluster id.
    public var obClusterId: Int64?
    /// OceanBase version, e.g. `4.2.1.0`.
    public var obVersion: String?
    /// Full version string (not documented; the Terraform provider reads it).
    public var fullVersion: String?
    /// PRIMARY or STANDBY.
    public var type: ClusterType?
    /// Lifecycle status.
    public var status: ClusterStatus?
    /// Number of regions.
    public var regionCount: Int?
    /// Number of servers.
    public var serverCount: Int?
    /// Number of tenants.
    public var tenantCount: Int?
    /// Number of partitions.
    public var partitionCount: Int?
    /// Root servers.
    public var rootServers: [RootServer]?
    /// Zones.
    public var zones: [ClusterZone]?
    /// The primary of a standby.
    public var primaryCluster: ClusterLink?
    /// The standbys of a primary.
    public var standbyClusters: [ClusterLink]?
    /// Standby delay in seconds.
    public var delayTime: Double?
    /// Standby sync status: VALID, DISABLED, SYNCHRONIZING.
    public var syncStatus: String?
    /// Creation time.
    public var createTime: OCPTimestamp?
    /// Last update time.
    public var updateTime: OCPTimestamp?
    /// Who created it.
    public var creator: String?
    /// Why OCP could not read the cluster, if it could not.
    public var failToQueryFromObReason: String?

    /// Makes a cluster with the fields the console uses.
    public init(
        id: Int64, name: String, obClusterId: Int64? = nil, obVersion: String? = nil, type: ClusterType? = .primary,
        status: ClusterStatus? = .running
    ) {
        self.id = id
        self.name = name
        self.obClusterId = obClusterId
        self.obVersion = obVersion
        self.type = type
        self.status = status
    }

    /// The parsed OceanBase version, when `obVersion` parses.
    public var version: OBVersion? { obVersion.flatMap(OBVersion.init) }
}
