/// Filters and order of a cluster's tenant list.
public struct TenantQuery: Sendable, Hashable {
    /// Case-insensitive substring of the tenant name.
    public var name: String?
    /// MYSQL or ORACLE.
    public var mode: TenantMode?
    /// Statuses to include; empty means all.
    public var statuses: [TenantStatus]
    /// Spring-style sort (`name,asc`; the documentation's `asc,name` has the parts reversed).
    public var sort: String?

    /// Makes a query.
    public init(name: String? = nil, mode: TenantMode? = nil, statuses: [TenantStatus] = [], sort: String? = "name,asc") {
        self.name = name
        self.mode = mode
        self.statuses = statuses
        self.sort = sort
    }

    /// The query items for one page.
    public func items(page: Int, size: Int) -> [QueryItem] {
        var items = OCPClient.pageItems(page: page, size: size, maxSize: OCPClient.maxPageSize)
        if let name, !name.isEmpty { items.append(QueryItem("name", name)) }
        if let mode { items.append(QueryItem("mode", mode.rawValue)) }
        items += statuses.map { QueryItem("status", $0.rawValue) }
        if let sort, !sort.isEmpty { items.append(QueryItem("sort", sort)) }
        return items
    }
}
