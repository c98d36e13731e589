/// The replica type of a zone of a restored tenant.
public struct ReplicaType: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// A full replica.
    public static let full = Self(rawValue: "FULL")
    /// A log-only replica.
    public static let logOnly = Self(rawValue: "LOGONLY")
    /// A read-only replica.
    public static let readOnly = Self(rawValue: "READONLY")

    /// The documented values.
    public static let documented: [Self] = [.full, .logOnly, .readOnly]
}
