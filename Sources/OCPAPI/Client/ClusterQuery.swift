/// Filters and order for listing clusters.
public struct ClusterQuery: Sendable, Hashable {
    /// Case-insensitive name keyword (OCP matches it fuzzily).
    public var name: String?
    /// Statuses to include; empty means all.
    public var statuses: [ClusterStatus]
    /// Spring-style sort, e.g. `name,asc`.
    public var sort: String?

    /// Makes a query.
    public init(name: String? = nil, statuses: [ClusterStatus] = [], sort: String? = nil) {
        self.name = name
        self.statuses = statuses
        self.sort = sort
    }

    /// The query items for one page (`size` is clamped to OCP's maximum of 2000). Statuses are
    /// repeated `status` items; the canonical query sends them as one sorted, comma-joined value.
    public func items(page: Int, size: Int) -> [QueryItem] {
        var items = [QueryItem("page", String(max(1, page))), QueryItem("size", String(min(max(1, size), OCPClient.maxPageSize)))]
        if let name, !name.isEmpty { items.append(QueryItem("name", name)) }
        items += statuses.map { QueryItem("status", $0.rawValue) }
        if let sort, !sort.isEmpty { items.append(QueryItem("sort", sort)) }
        return items
    }
}
