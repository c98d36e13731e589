/// A zone of a cluster.
public struct ClusterZone: Codable, Hashable, Sendable {
    /// Zone name.
    public var name: String?
    /// IDC name.
    public var idcName: String?
    /// IDC id.
    public var idcId: Int64?
    /// Region name.
    public var regionName: String?
    /// Number of servers.
    public var serverCount: Int?
    /// Number of hosts.
    public var hostCount: Int?
    /// OCP cluster id.
    public var clusterId: Int64?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// Servers, in a shape this tool does not use.
    public var servers: [JSONValue]?
    /// Zone status.
    public var status: String?
    /// Inner status, e.g. ACTIVE.
    public var innerStatus: String?
    /// Operation status, e.g. NORMAL.
    public var operateStatus: String?

    /// Makes a zone with a name and status.
    public init(name: String?, idcName: String? = nil, regionName: String? = nil, serverCount: Int? = nil, status: String? = nil) {
        self.name = name
        self.idcName = idcName
        self.regionName = regionName
        self.serverCount = serverCount
        self.status = status
    }
}
