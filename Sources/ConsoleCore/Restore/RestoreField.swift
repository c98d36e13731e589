/// The fields of the restore wizard.
public enum RestoreField: Hashable, Sendable {
    /// A tenant OCP knows, or the offline form.
    case sourceKind
    /// The tenant of the source cluster (a list).
    case sourceTenant
    /// Offline: physical or logical backup.
    case offlineMode
    /// Offline: the backed-up cluster's name.
    case offlineCluster
    /// Offline: the backed-up tenant's name.
    case offlineTenant
    /// Offline: where the backups are (type, directory, object storage key).
    case offlineStorage(StorageField)
    /// The date, `YYYY-MM-DD`.
    case date
    /// The time of day, `HH:MM:SS`.
    case time
    /// The UTC offset the date and time are written in, `±HH:MM`.
    case offset
    /// The target cluster (a list).
    case target
    /// The new tenant's name.
    case tenantName
    /// A zone's replica type (or not used).
    case zoneReplica(Int)
    /// A zone's unit spec name.
    case zoneUnitSpec(Int)
    /// A zone's unit count.
    case zoneUnitCount(Int)
    /// The primary zone.
    case primaryZone
    /// The new tenant's name typed to confirm.
    case confirmName

    /// The label beside the field.
    public var label: String {
        switch self {
        case .sourceKind: "Source tenant"
        case .sourceTenant: "Tenant"
        case .offlineMode: "Backup mode"
        case .offlineCluster: "Cluster name"
        case .offlineTenant: "Tenant name"
        case .offlineStorage(let field): field.label.english
        case .date: "Date (YYYY-MM-DD)"
        case .time: "Time (HH:MM:SS)"
        case .offset: "UTC offset"
        case .target: "Target cluster"
        case .tenantName: "New tenant name"
        case .zoneReplica: "Replica"
        case .zoneUnitSpec: "Unit spec"
        case .zoneUnitCount: "Unit count"
        case .primaryZone: "Primary zone"
        case .confirmName: "Type the name"
        }
    }

    /// Whether Space cycles it rather than typing into it.
    public var isChoice: Bool {
        switch self {
        case .sourceKind, .offlineMode, .offlineStorage(.type), .zoneReplica: true
        default: false
        }
    }

    /// Whether ↑↓ choose among its rows.
    public var isList: Bool { self == .sourceTenant || self == .target }

    /// Whether it holds a secret (masked, never saved).
    public var isSecret: Bool { self == .offlineStorage(.accessKeySecret) }

    /// The zone a zone field belongs to.
    public var zoneIndex: Int? {
        switch self {
        case .zoneReplica(let index), .zoneUnitSpec(let index), .zoneUnitCount(let index): index
        default: nil
        }
    }
}
