/// Whether a cluster is a primary or a standby.
public struct ClusterType: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A primary cluster.
    public static let primary = Self(rawValue: "PRIMARY")
    /// A standby cluster (OCP 4.2 and earlier).
    public static let standby = Self(rawValue: "STANDBY")

    /// The documented values.
    public static let documented: [Self] = [.primary, .standby]
}
