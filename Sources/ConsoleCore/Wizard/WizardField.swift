/// One field of the wizard.
public enum WizardField: Hashable, Sendable {
    /// Logical or physical backup (choice).
    case backupMode
    /// WEEK or MONTH (choice).
    case scheduleMode
    /// The day grid.
    case scheduleGrid
    /// `HH:MM`.
    case scheduleTime
    /// `±HH:MM`.
    case scheduleOffset
    /// A field of the main storage.
    case storage(StorageField)
    /// Cleanup on or off (choice).
    case cleanEnabled
    /// Days of backups to keep.
    case retentionDays
    /// Cleanup time `HH:MM` (in the schedule's offset).
    case cleanTime
    /// Data backup timeout alert, minutes.
    case dataBackupTimeout
    /// Days without a successful data backup before alerting.
    case noSuccessDays
    /// Log backup delay alert, seconds.
    case logBackupDelay
    /// liboblog retention days (logical only).
    case libObLogDays
    /// Secondary backup on or off (choice).
    case secondaryEnabled
    /// Copy each data backup (choice).
    case secondaryDataBackup
    /// A field of the secondary storage.
    case secondaryStorage(StorageField)

    /// The step the field belongs to.
    public var step: WizardStep {
        switch self {
        case .backupMode: .backupMode
        case .scheduleMode, .scheduleGrid, .scheduleTime, .scheduleOffset: .schedule
        case .storage: .storage
        case .cleanEnabled, .retentionDays, .cleanTime: .cleanup
        case .dataBackupTimeout, .noSuccessDays, .logBackupDelay, .libObLogDays: .thresholds
        case .secondaryEnabled, .secondaryDataBackup, .secondaryStorage: .secondary
        }
    }

    /// Whether `toggle` cycles the value (choices and the grid) rather than typing into it.
    public var isChoice: Bool {
        switch self {
        case .backupMode, .scheduleMode, .scheduleGrid, .cleanEnabled, .secondaryEnabled, .secondaryDataBackup: true
        case .storage(let field), .secondaryStorage(let field): field == .type
        default: false
        }
    }

    /// Whether the field holds a secret (masked, never saved).
    public var isSecret: Bool {
        switch self {
        case .storage(.accessKeySecret), .secondaryStorage(.accessKeySecret): true
        default: false
        }
    }

    /// The label shown beside the field.
    public var label: String {
        switch self {
        case .backupMode: "Backup mode"
        case .scheduleMode: "Cycle"
        case .scheduleGrid: "Days"
        case .scheduleTime: "Time (HH:MM)"
        case .scheduleOffset: "UTC offset"
        case .storage(let field): field.label
        case .cleanEnabled: "Clean expired backups"
        case .retentionDays: "Keep days"
        case .cleanTime: "Cleanup time (HH:MM)"
        case .dataBackupTimeout: "Data backup timeout (min)"
        case .noSuccessDays: "Alert after days without success"
        case .logBackupDelay: "Log backup delay alert (s)"
        case .libObLogDays: "liboblog retention days"
        case .secondaryEnabled: "Secondary backup"
        case .secondaryDataBackup: "Copy data backups"
        case .secondaryStorage(let field): "Secondary " + field.label.lowercased()
        }
    }
}
