/// The operation a `BackupCommonResponse` reports on.
public struct BackupTaskType: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A strategy was created.
    public static let createStrategy = Self(rawValue: "CREATE_BACKUP_STRATEGY")
    /// A strategy was modified.
    public static let updateStrategy = Self(rawValue: "UPDATE_BACKUP_STRATEGY")
    /// A strategy was deleted.
    public static let deleteStrategy = Self(rawValue: "DELETE_BACKUP_STRATEGY")
    /// A backup was started now.
    public static let dataBackupNow = Self(rawValue: "DATA_BACKUP_NOW")
    /// A restore was started.
    public static let restore = Self(rawValue: "RESTORE")
    /// Scheduling was resumed.
    public static let startSchedule = Self(rawValue: "START_BACKUP_SCHEDULE")
    /// Scheduling was paused.
    public static let stopSchedule = Self(rawValue: "STOP_BACKUP_SCHEDULE")

    /// The documented values.
    public static let documented: [Self] = [
        .createStrategy, .updateStrategy, .deleteStrategy, .dataBackupNow, .restore, .startSchedule,
        .stopSchedule,
    ]
}
