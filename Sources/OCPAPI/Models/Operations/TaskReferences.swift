/// The cluster a task instance works on.
public struct TaskClusterReference: Codable, Hashable, Sendable {
    /// OCP cluster id.
    public var id: Int64?
    /// Cluster name.
    public var name: String?
    /// OceanBase cluster id.
    public var obClusterId: Int64?
    /// PRIMARY or STANDBY.
    public var type: ClusterType?

    /// Makes the reference.
    public init(id: Int64?, name: String?, obClusterId: Int64? = nil, type: ClusterType? = .primary) {
        self.id = id
        self.name = name
        self.obClusterId = obClusterId
        self.type = type
    }
}

/// The tenant a task instance works on.
public struct TaskTenantReference: Codable, Hashable, Sendable {
    /// OCP tenant id.
    public var id: Int64?
    /// Tenant name.
    public var name: String?
    /// OceanBase tenant id.
    public var obTenantId: Int64?
    /// MYSQL or ORACLE.
    public var mode: TenantMode?

    /// Makes the reference.
    public init(id: Int64?, name: String?, obTenantId: Int64? = nil, mode: TenantMode? = nil) {
        self.id = id
        self.name = name
        self.obTenantId = obTenantId
        self.mode = mode
    }
}

/// Who started a task instance.
public struct TaskCreatorReference: Codable, Hashable, Sendable {
    /// User id.
    public var id: Int64?
    /// User name (`system` for scheduled tasks).
    public var name: String?

    /// Makes the reference.
    public init(id: Int64?, name: String?) {
        self.id = id
        self.name = name
    }
}
