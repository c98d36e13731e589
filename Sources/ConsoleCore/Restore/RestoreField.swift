import Localization

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

    /// The label beside the field, in both languages.
    public var label: Bilingual {
        switch self {
        case .sourceKind: Bilingual("Source tenant", "源租户")
        case .sourceTenant: Bilingual("Tenant", "租户")
        case .offlineMode: Bilingual("Backup mode", "备份模式")
        case .offlineCluster: Bilingual("Cluster name", "集群名称")
        case .offlineTenant: Bilingual("Tenant name", "租户名称")
        case .offlineStorage(let field): field.label
        case .date: Bilingual("Date (YYYY-MM-DD)", "日期 (YYYY-MM-DD)")
        case .time: Bilingual("Time (HH:MM:SS)", "时间 (HH:MM:SS)")
        case .offset: Bilingual("UTC offset", "UTC 偏移")
        case .target: Bilingual("Target cluster", "目标集群")
        case .tenantName: Bilingual("New tenant name", "新租户名称")
        case .zoneReplica: Bilingual("Replica", "副本类型")
        case .zoneUnitSpec: Bilingual("Unit spec", "单元规格")
        case .zoneUnitCount: Bilingual("Unit count", "单元数量")
        case .primaryZone: Bilingual("Primary zone", "主 Zone")
        case .confirmName: Bilingual("Type the name", "输入名称")
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
