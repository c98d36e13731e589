/// A reference from a cluster to its primary or a standby (OCP 4.2).
public struct ClusterLink: Codable, Hashable, Sendable {
    /// OCP cluster id.
    public var id: Int64?
    /// Cluster name.
    public var name: String?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// Status.
    public var status: ClusterStatus?
    /// Type.
    public var type: ClusterType?

    /// Makes a link.
    public init(id: Int64?, name: String?, obClusterId: Int64? = nil, status: ClusterStatus? = nil, type: ClusterType? = nil) {
        self.id = id
        self.name = name
        self.obClusterId = obClusterId
        self.status = status
        self.type = type
    }
}
