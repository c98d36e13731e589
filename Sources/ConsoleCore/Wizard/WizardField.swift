import Localization

/// One field of the wizard.
public enum WizardField: Hashable, Sendable, CaseIterable {
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

    /// Every field, each storage field once for the main and once for the secondary storage.
    public static let allCases: [WizardField] =
        [.backupMode, .scheduleMode, .scheduleGrid, .scheduleTime, .scheduleOffset] + StorageField.allCases.map(WizardField.storage)
        + [
            .cleanEnabled, .retentionDays, .cleanTime, .dataBackupTimeout, .noSuccessDays, .logBackupDelay, .libObLogDays, .secondaryEnabled,
            .secondaryDataBackup,
        ] + StorageField.allCases.map(WizardField.secondaryStorage)

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
    public var label: Bilingual {
        switch self {
        case .backupMode: Bilingual("Backup mode", "备份方式")
        case .scheduleMode: Bilingual("Cycle", "调度周期")
        case .scheduleGrid: Bilingual("Days", "备份日")
        case .scheduleTime: Bilingual("Time (HH:MM)", "时间（HH:MM）")
        case .scheduleOffset: Bilingual("UTC offset", "UTC 偏移")
        case .storage(let field): field.label
        case .cleanEnabled: Bilingual("Clean expired backups", "清理过期备份")
        case .retentionDays: Bilingual("Keep days", "保留天数")
        case .cleanTime: Bilingual("Cleanup time (HH:MM)", "清理时间（HH:MM）")
        case .dataBackupTimeout: Bilingual("Data backup timeout (min)", "数据备份超时（分钟）")
        case .noSuccessDays: Bilingual("Alert after days without success", "连续无成功备份告警天数")
        case .logBackupDelay: Bilingual("Log backup delay alert (s)", "日志备份延迟告警（秒）")
        case .libObLogDays: Bilingual("liboblog retention days", "liboblog 保留天数")
        case .secondaryEnabled: Bilingual("Secondary backup", "二次备份")
        case .secondaryDataBackup: Bilingual("Copy data backups", "复制数据备份")
        case .secondaryStorage(let field): Bilingual("Secondary " + field.label.english.lowercased(), "二次备份" + field.label.chinese)
        }
    }
}
