import Localization

/// The wizard's steps, in order.
public enum WizardStep: String, Codable, Equatable, Sendable, CaseIterable {
    /// Logical or physical backup.
    case backupMode
    /// Cycle, days and time.
    case schedule
    /// Where backups go.
    case storage
    /// Expired backup cleanup.
    case cleanup
    /// Alert thresholds.
    case thresholds
    /// Copies to a second storage.
    case secondary
    /// The request, the next runs and the diff, then submit.
    case review

    /// The step's title.
    public var title: Bilingual {
        switch self {
        case .backupMode: Bilingual("Backup mode", "备份方式")
        case .schedule: Bilingual("Schedule", "备份调度")
        case .storage: Bilingual("Storage", "存储")
        case .cleanup: Bilingual("Cleanup", "过期清理")
        case .thresholds: Bilingual("Thresholds", "告警阈值")
        case .secondary: Bilingual("Secondary backup", "二次备份")
        case .review: Bilingual("Review", "审阅")
        }
    }

    /// The step after this one.
    public var next: WizardStep? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index + 1 < all.count ? all[index + 1] : nil
    }

    /// The step before this one.
    public var previous: WizardStep? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index > 0 ? all[index - 1] : nil
    }
}
