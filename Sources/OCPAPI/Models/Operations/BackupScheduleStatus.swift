/// The scheduling state of a cluster's backups (`backupScheduleStatus` of the overview).
public struct BackupScheduleStatus: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// No strategy ("No Backup Strategy").
    public static let none = Self(rawValue: "NONE")
    /// Scheduling active ("In Progress").
    public static let normal = Self(rawValue: "NORMAL")
    /// Scheduling paused: no automatic data backups.
    public static let paused = Self(rawValue: "PAUSED")
    /// Scheduling pending.
    public static let waiting = Self(rawValue: "WAITING")
    /// Scheduling exception.
    public static let abnormal = Self(rawValue: "ABNORMAL")

    /// The documented values.
    public static let documented: [Self] = [.none, .normal, .paused, .waiting, .abnormal]
}
