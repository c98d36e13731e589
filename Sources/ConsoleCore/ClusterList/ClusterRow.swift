import OCPAPI

/// A cluster with the keys the list sorts and filters by, computed once when it arrives.
public struct ClusterRow: Equatable, Sendable {
    /// The cluster as OCP sent it, without its topology (zones, root servers, standby links):
    /// the console shows none of it, and a fleet's topology is most of its memory.
    public let cluster: Cluster
    /// Name, safe to draw.
    public let name: String
    /// Version text, safe to draw (empty when unknown).
    public let version: String
    /// Status text, safe to draw.
    public let status: String
    /// Type text, safe to draw.
    public let type: String
    let nameKey: String
    let versionKey: OBVersion?
    /// Lower-cased name, version and status as UTF-8, what the filter searches.
    let searchText: [UInt8]

    /// Prepares a cluster for the list; every server string goes through `TextSanitizer`.
    public init(_ cluster: Cluster) {
        var summary = cluster
        summary.zones = nil
        summary.rootServers = nil
        summary.standbyClusters = nil
        self.cluster = summary
        name = TextSanitizer.singleLine(cluster.name)
        version = TextSanitizer.singleLine(cluster.obVersion ?? "")
        status = TextSanitizer.singleLine(cluster.status?.rawValue ?? "")
        type = TextSanitizer.singleLine(cluster.type?.rawValue ?? "")
        nameKey = name.lowercased()
        versionKey = cluster.version
        searchText = Array([nameKey, version.lowercased(), status.lowercased()].joined(separator: "\u{1F}").utf8)
    }

    /// Whether this row sorts before `other` under `key` (ties broken by name, then id).
    func precedes(_ other: ClusterRow, by key: ClusterSortKey) -> Bool {
        switch key {
        case .name:
            break
        case .version:
            if versionKey != other.versionKey {
                guard let mine = versionKey else { return false }
                guard let theirs = other.versionKey else { return true }
                return mine < theirs
            }
        case .status:
            if status != other.status { return status < other.status }
        }
        if nameKey != other.nameKey { return nameKey < other.nameKey }
        return cluster.id < other.cluster.id
    }
}
