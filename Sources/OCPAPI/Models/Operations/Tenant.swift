import Foundation

/// A tenant of a cluster, as the tenant list gives it. There is no OceanBase tenant id here;
/// the overview, the backup data and the task rows carry it.
public struct Tenant: Codable, Hashable, Sendable, Identifiable {
    /// OCP tenant id (the `{tenantId}` of tenant paths, `tenantId` of backup objects).
    public var id: Int64
    /// Tenant name.
    public var name: String
    /// OCP id of the owning cluster (samples show other ids than the one asked for).
    public var clusterId: Int64?
    /// Name of the owning cluster.
    public var clusterName: String?
    /// OceanBase id of the owning cluster.
    public var obClusterId: Int64?
    /// PRIMARY or STANDBY.
    public var clusterType: ClusterType?
    /// MYSQL or ORACLE, in any letter case.
    public var mode: TenantMode?
    /// When it was created.
    public var createTime: OCPTimestamp?
    /// OceanBase notation: `,` joins zones of one priority, `;` separates priorities.
    public var primaryZone: String?
    /// Zones, `;`-separated.
    public var zoneList: String?
    /// Replica layout, e.g. `FULL{1}@zone1, FULL{1}@zone2`.
    public var locality: String?
    /// NORMAL, CREATING, MODIFYING or DELETING.
    public var status: TenantStatus?
    /// Whether it is locked.
    public var locked: Bool?
    /// Whether it is read-only.
    public var readonly: Bool?
    /// Version of the owning cluster.
    public var obVersion: String?
    /// Free text.
    public var description: String?

    /// Makes a tenant with the fields a picker uses.
    public init(id: Int64, name: String, clusterId: Int64? = nil, mode: TenantMode? = .mysql, status: TenantStatus? = .normal) {
        self.id = id
        self.name = name
        self.clusterId = clusterId
        self.mode = mode
        self.status = status
    }

    /// Whether this is the system tenant, which tenant pickers leave out.
    public var isSystemTenant: Bool { name == "sys" }

    /// The zone names, in `zoneList` order.
    public var zones: [String] {
        (zoneList ?? "").split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
