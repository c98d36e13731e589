/// The part of a restore a finding concerns, in the order a person fills them in (the console's
/// restore wizard has one step for each, so a refusal can send the person back to its step).
public enum RestoreStep: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Online or offline, and which cluster and tenant the backups are of.
    case source
    /// The point in time to restore to.
    case pointInTime
    /// The cluster the new tenant is created in.
    case target
    /// The new tenant's name.
    case tenantName
    /// Zones, replica types, unit spec and count, primary zone.
    case resources

    /// Earlier steps first.
    public static func < (lhs: RestoreStep, rhs: RestoreStep) -> Bool { lhs.rank < rhs.rank }

    /// The position in `allCases`.
    private var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
}
