import Localization

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
    public var title: Bilingual {
        switch self {
        case .name: Bilingual("name", "名称")
        case .version: Bilingual("version", "版本")
        case .status: Bilingual("status", "状态")
        case .health: Bilingual("worst first", "最差在前")
        }
    }
}
