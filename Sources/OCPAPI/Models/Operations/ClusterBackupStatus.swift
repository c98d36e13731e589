/// Whether a cluster has a backup strategy (`obClusterBackupStatus` of the overview).
public struct ClusterBackupStatus: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A strategy exists.
    public static let hasStrategy = Self(rawValue: "HAS_BACKUP_STRATEGY")
    /// No strategy.
    public static let noStrategy = Self(rawValue: "NO_BACKUP_STRATEGY")

    /// The documented values.
    public static let documented: [Self] = [.hasStrategy, .noStrategy]
}
