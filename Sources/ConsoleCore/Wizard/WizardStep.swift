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
    public var title: String {
        switch self {
        case .backupMode: "Backup mode"
        case .schedule: "Schedule"
        case .storage: "Storage"
        case .cleanup: "Cleanup"
        case .thresholds: "Thresholds"
        case .secondary: "Secondary backup"
        case .review: "Review"
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
