/// What the cluster list is sorted by.
public enum ClusterSortKey: String, Equatable, Sendable, CaseIterable {
    /// Name, case-insensitively, then id.
    case name
    /// OceanBase version, newest last, then name.
    case version
    /// Status, then name.
    case status

    /// The next key in the cycle name → version → status.
    public var next: ClusterSortKey {
        switch self {
        case .name: .version
        case .version: .status
        case .status: .name
        }
    }
}
