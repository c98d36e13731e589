/// The restore wizard's steps, in order (DESIGN.md §4): each is checked as it is left.
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

    /// The step's title.
    public var title: String {
        switch self {
        case .source: "Source"
        case .pointInTime: "Point in time"
        case .target: "Target"
        case .tenantName: "Name"
        case .resources: "Resources"
        case .preview: "Preview"
        case .review: "Review"
        case .confirm: "Confirm"
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
