/// How an OCP task instance was started.
public struct TaskType: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Started by a person (back up now, restore, retry).
    public static let manual = Self(rawValue: "MANUAL")
    /// Started once by the system (OCP's spelling, sic).
    public static let systemOnce = Self(rawValue: "SYS_ONECE")
    /// Started by a schedule.
    public static let scheduled = Self(rawValue: "SCHEDULED")
    /// Started by a system schedule.
    public static let systemScheduled = Self(rawValue: "SYS_SCHEDULED")

    /// The documented values.
    public static let documented: [Self] = [.manual, .systemOnce, .scheduled, .systemScheduled]
}
