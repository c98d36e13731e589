/// The last operation applied to a task or subtask.
public struct TaskOperation: OpenEnum {
    /// The raw value as OCP spells it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Run for the first time.
    public static let execute = Self(rawValue: "EXECUTE")
    /// Run again after a failure.
    public static let retry = Self(rawValue: "RETRY")
    /// Rolled back.
    public static let rollback = Self(rawValue: "ROLLBACK")
    /// Skipped (counted as done).
    public static let skip = Self(rawValue: "SKIP")
    /// Cancelled.
    public static let cancel = Self(rawValue: "CANCEL")

    /// The documented values.
    public static let documented: [Self] = [.execute, .retry, .rollback, .skip, .cancel]
}
