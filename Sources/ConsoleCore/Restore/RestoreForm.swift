import OCPAPI

/// The restore wizard's values as typed. The offline storage's secret lives in memory only
/// (``StorageForm`` never encodes it), so a draft never holds it.
public struct RestoreForm: Codable, Equatable, Sendable {
    /// The unit spec a zone starts with (a spec every simulated zone has; see Sources/OCPSimulator/State/SimulatorState+Restore.swift).
    public static let defaultUnitSpec = "S1"

    /// Whether the source is a tenant OCP no longer knows (the OFFLINE body).
    public var offline = false
    /// Online: the source tenant's OCP id.
    public var tenantId: Int64?
    /// Offline: physical or logical backup.
    public var offlineMode: BackupMode = .physical
    /// Offline: the backed-up cluster's name.
    public var offlineCluster = ""
    /// Offline: the backed-up tenant's name.
    public var offlineTenant = ""
    /// Offline: where the backups are.
    public var storage = StorageForm()
    /// The date as typed, `YYYY-MM-DD`.
    public var dateText = ""
    /// The time as typed, `HH:MM:SS` (a `.mmm` fraction allowed).
    public var timeText = ""
    /// The UTC offset as typed, `±HH:MM`.
    public var offsetText = ""
    /// The target cluster's OCP id.
    public var targetId: Int64?
    /// The new tenant's name.
    public var tenantName = ""
    /// The target's zones as the new tenant uses them.
    public var zones: [RestoreZoneForm] = []
    /// The primary zone (empty: OCP decides).
    public var primaryZone = ""

    /// An empty form.
    public init() {}

    /// The storage fields the offline form asks for (no configuration name or capacity alert:
    /// a restore reads the storage, it does not configure it).
    public var offlineStorageFields: [StorageField] { storage.fields.filter { $0 != .configName && $0 != .alarmPercent } }

    /// The text of a typed field (the secret as `******`).
    public func text(of field: RestoreField) -> String {
        switch field {
        case .offlineCluster: offlineCluster
        case .offlineTenant: offlineTenant
        case .offlineStorage(let storageField): storage.text(of: storageField)
        case .date: dateText
        case .time: timeText
        case .offset: offsetText
        case .tenantName: tenantName
        case .zoneUnitSpec(let index): zones.indices.contains(index) ? zones[index].unitSpec : ""
        case .zoneUnitCount(let index): zones.indices.contains(index) ? zones[index].unitCountText : ""
        case .primaryZone: primaryZone
        case .sourceKind: offline ? "offline" : "online"
        case .offlineMode: offlineMode.rawValue
        case .zoneReplica(let index): zones.indices.contains(index) ? zones[index].replica?.rawValue ?? "" : ""
        case .sourceTenant, .target, .confirmName: ""
        }
    }

    /// The raw text to append to (the secret's real value).
    func editableText(of field: RestoreField) -> String {
        if case .offlineStorage(let storageField) = field { return storage.editableText(of: storageField) }
        return text(of: field)
    }

    /// Replaces the text of a typed field.
    public mutating func setText(_ text: String, of field: RestoreField) {
        switch field {
        case .offlineCluster: offlineCluster = text
        case .offlineTenant: offlineTenant = text
        case .offlineStorage(let storageField): storage.setText(text, of: storageField)
        case .date: dateText = text
        case .time: timeText = text
        case .offset: offsetText = text
        case .tenantName: tenantName = text
        case .zoneUnitSpec(let index): if zones.indices.contains(index) { zones[index].unitSpec = text }
        case .zoneUnitCount(let index): if zones.indices.contains(index) { zones[index].unitCountText = text }
        case .primaryZone: primaryZone = text
        case .sourceKind, .sourceTenant, .offlineMode, .target, .zoneReplica, .confirmName: break
        }
    }

    /// The form without the secret, as a draft keeps it.
    public var withoutSecrets: RestoreForm {
        var form = self
        form.storage.secret = nil
        return form
    }
}
