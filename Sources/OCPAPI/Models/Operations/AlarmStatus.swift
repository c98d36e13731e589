/// The state of an alert event; compared without regard to letter case.
public struct AlarmStatus: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Firing.
    public static let active = Self(rawValue: "Active")
    /// Cleared.
    public static let inactive = Self(rawValue: "Inactive")
    /// Firing but silenced (still a real problem).
    public static let silenced = Self(rawValue: "Silenced")
    /// Firing but inhibited by another alert (still a real problem).
    public static let inhibited = Self(rawValue: "Inhibited")

    /// The documented values.
    public static let documented: [Self] = [.active, .inactive, .silenced, .inhibited]

    /// Whether the alert describes a problem that still holds (active, silenced or inhibited).
    public var isFiring: Bool { rawValue.lowercased() != "inactive" }
}
