import Localization

/// The restore wizard's steps, in order (ARCHITECTURE.md, the restore wizard): each is checked as it is left.
public enum RestoreWizardStep: String, Codable, Equatable, Sendable, CaseIterable {
    /// The backed-up cluster and one of its tenants, or the offline form.
    case source
    /// The point in time, inside one of the tenant's recoverable windows.
    case pointInTime
    /// The cluster the new tenant is created in.
    case target
    /// The new tenant's name.
    case tenantName
    /// Zones, replica types, unit spec and count, primary zone.
    case resources
    /// OCP's preview: the backup sets and log pieces it will read.
    case preview
    /// The exact body, the time in both offsets, what is created where.
    case review
    /// The new tenant's name typed again, then the request is sent once.
    case confirm

    /// The step's title, in both languages.
    public var title: Bilingual {
        switch self {
        case .source: Bilingual("Source", "源租户")
        case .pointInTime: Bilingual("Point in time", "时间点")
        case .target: Bilingual("Target", "目标集群")
        case .tenantName: Bilingual("Name", "名称")
        case .resources: Bilingual("Resources", "资源")
        case .preview: Bilingual("Preview", "预览")
        case .review: Bilingual("Review", "审阅")
        case .confirm: Bilingual("Confirm", "确认")
        }
    }

    /// Whether the step's lines scroll (the preview's list, the review's body).
    public var scrolls: Bool { self == .preview || self == .review }

    /// The step after this one.
    public var next: RestoreWizardStep? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index + 1 < all.count ? all[index + 1] : nil
    }

    /// The step before this one.
    public var previous: RestoreWizardStep? {
        let all = Self.allCases
        let index = all.firstIndex(of: self)!
        return index > 0 ? all[index - 1] : nil
    }
}
