import OCPAPI

/// A cluster with the keys the list sorts and filters by, computed once when it arrives.
public struct ClusterRow: Equatable, Sendable {
    /// The fields the console shows and acts on, every string already through `TextSanitizer`
    /// (safe to draw; a name that needed it differs from OCP's).
    public let summary: ClusterSummary
    let nameKey: String
    let versionKey: VersionSortKey?

    /// Prepares a cluster for the list; every server string goes through `TextSanitizer`.
    public init(_ summary: ClusterSummary) {
        let safe = ClusterSummary(
            id: summary.id, name: TextSanitizer.singleLine(summary.name), obVersion: summary.obVersion.map(TextSanitizer.singleLine),
            type: summary.type.map { ClusterType(rawValue: TextSanitizer.singleLine($0.rawValue)) },
            status: summary.status.map { ClusterStatus(rawValue: TextSanitizer.singleLine($0.rawValue)) })
        self.summary = safe
        nameKey = safe.name.lowercased()
        versionKey = summary.version.map(VersionSortKey.init)
    }

    /// Lower-cased name, version and status as UTF-8, what the filter searches. The list keeps
    /// one copy of every row's, in ``SearchTexts``.
    var searchText: [UInt8] {
        Array([nameKey, version.lowercased(), status.lowercased()].joined(separator: "\u{1F}").utf8)
    }

    /// Name, safe to draw.
    public var name: String { summary.name }
    /// Version text, safe to draw (empty when unknown).
    public var version: String { summary.obVersion ?? "" }
    /// Status text, safe to draw.
    public var status: String { summary.status?.rawValue ?? "" }
    /// Type text, safe to draw.
    public var type: String { summary.type?.rawValue ?? "" }

    /// Whether this row sorts before `other` under `key` (ties broken by name, then id).
    func precedes(_ other: ClusterRow, by key: ClusterSortKey) -> Bool {
        switch key {
        case .name, .health:
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
        return id < other.id
    }

    /// Prepares a full cluster for the list (only its summary is kept).
    public init(_ cluster: Cluster) {
        self.init(ClusterSummary(cluster))
    }

    /// The cluster's OCP id.
    public var id: Int64 { summary.id }

    /// The cluster as the strategy rules read it: the summary's fields, sanitized.
    public var cluster: Cluster { summary.cluster }
}
