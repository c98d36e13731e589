/// Filters and order of the task-instance list.
public struct TaskListQuery: Sendable, Hashable {
    /// Fuzzy task name.
    public var name: String?
    /// Statuses to include; empty means all.
    public var statuses: [TaskInstanceStatus]
    /// One task type.
    public var type: TaskType?
    /// OCP cluster id (prefer it to the misspelt documented `cluterName`).
    public var clusterId: Int64?
    /// OCP tenant id.
    public var tenantId: Int64?
    /// Tenant name (only with a cluster id).
    public var tenantName: String?
    /// Host id.
    public var hostId: Int64?
    /// Spring-style sort, e.g. `id,desc`.
    public var sort: String?

    /// Makes a query.
    public init(
        name: String? = nil, statuses: [TaskInstanceStatus] = [], type: TaskType? = nil, clusterId: Int64? = nil, tenantId: Int64? = nil,
        tenantName: String? = nil, hostId: Int64? = nil, sort: String? = "id,desc"
    ) {
        self.name = name
        self.statuses = statuses
        self.type = type
        self.clusterId = clusterId
        self.tenantId = tenantId
        self.tenantName = tenantName
        self.hostId = hostId
        self.sort = sort
    }

    /// The query items for one page.
    public func items(page: Int, size: Int) -> [QueryItem] {
        var items = OCPClient.pageItems(page: page, size: size, maxSize: OCPClient.maxPageSize)
        if let name, !name.isEmpty { items.append(QueryItem("name", name)) }
        items += statuses.map { QueryItem("status", $0.rawValue) }
        if let type { items.append(QueryItem("type", type.rawValue)) }
        if let clusterId { items.append(QueryItem("clusterId", String(clusterId))) }
        if let tenantId { items.append(QueryItem("tenantId", String(tenantId))) }
        if let tenantName, !tenantName.isEmpty { items.append(QueryItem("tenantName", tenantName)) }
        if let hostId { items.append(QueryItem("hostId", String(hostId))) }
        if let sort, !sort.isEmpty { items.append(QueryItem("sort", sort)) }
        return items
    }
}
