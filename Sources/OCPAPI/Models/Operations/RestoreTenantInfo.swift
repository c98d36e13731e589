/// The new tenant a restore creates: its name, primary zone and zones.
public struct RestoreTenantInfo: Codable, Hashable, Sendable {
    /// The new tenant's name (must not exist in the target cluster).
    public var name: String?
    /// Primary zone in OceanBase notation; optional.
    public var primaryZone: String?
    /// Zones with replica type and resources; on OceanBase 4.x every zone has the same unit count.
    public var zones: [RestoreZone]?

    /// Makes the object.
    public init(name: String?, primaryZone: String? = nil, zones: [RestoreZone]?) {
        self.name = name
        self.primaryZone = primaryZone
        self.zones = zones
    }
}

/// One zone of a restored tenant. The samples also carry `key`, `checked` and
/// `tableRestoreObjects` (web-console keys): they are ignored when read and never sent.
public struct RestoreZone: Codable, Hashable, Sendable {
    /// Zone name.
    public var name: String?
    /// FULL, LOGONLY or READONLY.
    public var replicaType: ReplicaType?
    /// Unit spec and count.
    public var resourcePool: RestoreResourcePool?

    /// Makes a zone.
    public init(name: String?, replicaType: ReplicaType? = .full, resourcePool: RestoreResourcePool?) {
        self.name = name
        self.replicaType = replicaType
        self.resourcePool = resourcePool
    }
}

/// The resources of one zone of a restored tenant.
public struct RestoreResourcePool: Codable, Hashable, Sendable {
    /// Unit specification name, e.g. `S1`.
    public var unitSpecName: String?
    /// Number of units.
    public var unitCount: Int?

    /// Makes a pool.
    public init(unitSpecName: String?, unitCount: Int?) {
        self.unitSpecName = unitSpecName
        self.unitCount = unitCount
    }
}
