/// When backups run and how expired data is cleaned (`obBackupScheduleConfig`).
public struct BackupScheduleConfig: Codable, Hashable, Sendable {
    /// WEEK or MONTH.
    public var backupScheduleMode: ScheduleMode?
    /// Whether scheduling is on (documented as required but absent from the samples).
    public var backupScheduleEnabled: Bool?
    /// `HH:mm:ss.SSS±HH:MM`.
    public var backupScheduleTime: String?
    /// Day ("1"–"7" for WEEK, "1"–"31" for MONTH) to backup kind.
    public var dayAndDataBackupModelMap: [String: DataBackupKind]?
    /// Start log backup too (must be true for physical backup).
    public var startLogBackup: Bool?
    /// Clean expired backups.
    public var cleanEnabled: Bool?
    /// Keep at least this many days of backups (only with `cleanEnabled`).
    public var backupDataRetentionDays: Int64?
    /// When cleanup runs, `HH:mm:ss.SSS±HH:MM`.
    public var cleanScheduleTime: String?

    /// Makes a schedule.
    public init(
        backupScheduleMode: ScheduleMode?, backupScheduleEnabled: Bool? = nil, backupScheduleTime: String?,
        dayAndDataBackupModelMap: [String: DataBackupKind]?, startLogBackup: Bool?, cleanEnabled: Bool? = nil,
        backupDataRetentionDays: Int64? = nil, cleanScheduleTime: String? = nil
    ) {
        self.backupScheduleMode = backupScheduleMode
        self.backupScheduleEnabled = backupScheduleEnabled
        self.backupScheduleTime = backupScheduleTime
        self.dayAndDataBackupModelMap = dayAndDataBackupModelMap
        self.startLogBackup = startLogBackup
        self.cleanEnabled = cleanEnabled
        self.backupDataRetentionDays = backupDataRetentionDays
        self.cleanScheduleTime = cleanScheduleTime
    }
}
