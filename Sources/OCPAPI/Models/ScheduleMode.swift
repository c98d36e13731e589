/// The cycle of a backup schedule.
public struct ScheduleMode: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Days of the week, keys "1" (Monday) to "7" (Sunday).
    public static let week = Self(rawValue: "WEEK")
    /// Days of the month, keys "1" to "31", at most 10 of them.
    public static let month = Self(rawValue: "MONTH")

    /// The documented values.
    public static let documented: [Self] = [.week, .month]
}
