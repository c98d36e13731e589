import Foundation
import OCPAPI

/// The query of `GET /api/v2/ob/clusters` (docs/ocp-api.md, Clusters and paging).
///
/// `page` counts from 1 (below 1 means 1); `size` defaults to 10 and is clamped to 1–2000, as
/// Spring clamps a pageable; `name` is a case-insensitive substring; `status` takes
/// comma-separated and/or repeated values; `sort` is `field,asc|desc` on id, name, obVersion or
/// status. A page or size that is not a number is COM10001, an unknown status COM10001, an
/// unknown sort field COM10011.
package struct ClusterListQuery: Sendable, Hashable {
    /// The largest page size.
    package static let maxSize = 2000
    /// The page size when none is given.
    package static let defaultSize = 10

    /// Page number, from 1.
    package var page: Int
    /// Page size, 1–2000.
    package var size: Int
    /// Lower-cased name keyword.
    package var name: String?
    /// Statuses to include; empty means all.
    package var statuses: Set<ClusterStatus>
    /// The order; `nil` is by id.
    package var order: ClusterSort?

    /// Parses the raw query items.
    /// - Throws: `SimulatorAPIError` as described above.
    package init(items: [QueryItem]) throws(SimulatorAPIError) {
        page = 1
        size = Self.defaultSize
        statuses = []
        for item in items {
            switch item.name {
            case "page":
                guard let value = Int(item.value) else { throw .invalidParameter("page", "'\(item.value)' is not a number") }
                page = max(1, value)
            case "size":
                guard let value = Int(item.value) else { throw .invalidParameter("size", "'\(item.value)' is not a number") }
                size = value < 1 ? Self.defaultSize : min(value, Self.maxSize)
            case "name":
                name = item.value.isEmpty ? nil : item.value.lowercased()
            case "status":
                for part in item.value.split(separator: ",") {
                    let status = ClusterStatus(rawValue: part.trimmingCharacters(in: .whitespaces).uppercased())
                    guard status.isDocumented else { throw .invalidParameter("status", "'\(part)' is not a cluster status") }
                    statuses.insert(status)
                }
            case "sort":
                if !item.value.isEmpty { order = try ClusterSort(parsing: item.value) }
            default:
                continue
            }
        }
        if order?.field == .id, order?.descending == false { order = nil }
    }

    /// Whether nothing filters or reorders the list, so a page can be cut out directly.
    package var isPlain: Bool { name == nil && statuses.isEmpty && order == nil }

    /// Whether `seed` passes the filters.
    package func matches(_ seed: ClusterSeed) -> Bool {
        if !statuses.isEmpty, !statuses.contains(seed.status) { return false }
        if let name, !seed.name.lowercased().contains(name) { return false }
        return true
    }
}
