/// Whether a backup object is a whole cluster or one tenant.
public struct BackupDimension: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// The whole cluster.
    public static let cluster = Self(rawValue: "CLUSTER")
    /// One tenant.
    public static let tenant = Self(rawValue: "TENANT")

    /// The documented values.
    public static let documented: [Self] = [.cluster, .tenant]
}
