/// What the cluster list is sorted by.
public enum ClusterSortKey: String, Equatable, Sendable, CaseIterable {
    /// Name, case-insensitively, then id.
    case name
    /// OceanBase version, newest last, then name.
    case version
    /// Status, then name.
    case status
    /// Worst health first (critical, warning, unknown, OK, not judged yet), then name.
    case health

    /// The next key in the cycle name → version → status → health.
    public var next: ClusterSortKey {
        switch self {
        case .name: .version
        case .version: .status
        case .status: .health
        case .health: .name
        }
    }

    /// How the list's title and the help say it.
    public var title: String {
        switch self {
        case .name: "name"
        case .version: "version"
        case .status: "status"
        case .health: "worst first"
        }
    }
}
