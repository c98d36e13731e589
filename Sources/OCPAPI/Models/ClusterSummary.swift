/// The fields of a cluster that a list shows and acts on: id, name, version, type and status.
///
/// Decoding a page into summaries skips everything else OCP sends per cluster (zones, root
/// servers, standby links, counters, times), so a fleet of 100,000 costs a few megabytes rather
/// than the full `Cluster` of each.
public struct ClusterSummary: Codable, Hashable, Sendable, Identifiable {
    /// OCP-side cluster id.
    public var id: Int64
    /// Cluster name, as OCP sent it.
    public var name: String
    /// OceanBase version, e.g. `4.2.1.0`.
    public var obVersion: String?
    /// PRIMARY or STANDBY.
    public var type: ClusterType?
    /// Lifecycle status.
    public var status: ClusterStatus?

    /// A summary of the given fields.
    public init(id: Int64, name: String, obVersion: String? = nil, type: ClusterType? = .primary, status: ClusterStatus? = .running) {
        self.id = id
        self.name = name
        self.obVersion = obVersion
        self.type = type
        self.status = status
    }

    /// The summary of a full cluster.
    public init(_ cluster: Cluster) {
        self.init(id: cluster.id, name: cluster.name, obVersion: cluster.obVersion, type: cluster.type, status: cluster.status)
    }

    /// A `Cluster` holding just these fields (what the strategy rules read).
    public var cluster: Cluster {
        Cluster(id: id, name: name, obVersion: obVersion, type: type, status: status)
    }

    /// The parsed OceanBase version, when `obVersion` parses.
    public var version: OBVersion? { obVersion.flatMap(OBVersion.init) }
}
