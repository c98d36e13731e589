/// How often the secondary log backup runs.
public struct SecondaryLogBackupPeriod: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Once a day: the only value the request table documents.
    public static let onceADay = Self(rawValue: "ONCE_A_DAY")
    /// Once an hour: seen only in the official samples; read, never written by this tool.
    public static let onceAnHour = Self(rawValue: "ONCE_AN_HOUR")

    /// The documented values (the request table lists only `ONCE_A_DAY`).
    public static let documented: [Self] = [.onceADay]
}
