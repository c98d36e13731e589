/// Which backup modes a cluster supports.
public struct BackupAbilityKind: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Logical backup only.
    public static let logical = Self(rawValue: "LOGICAL_BACKUP")
    /// Physical backup only.
    public static let physical = Self(rawValue: "PHYSICAL_BACKUP")
    /// Both modes.
    public static let logicalAndPhysical = Self(rawValue: "LOGICAL_AND_PHYSICAL")

    /// The documented values.
    public static let documented: [Self] = [.logical, .physical, .logicalAndPhysical]

    /// Whether a strategy in `mode` is allowed by this ability.
    public func allows(_ mode: BackupMode) -> Bool {
        switch self {
        case .logicalAndPhysical: mode == .logical || mode == .physical
        case .logical: mode == .logical
        case .physical: mode == .physical
        default: false
        }
    }
}
