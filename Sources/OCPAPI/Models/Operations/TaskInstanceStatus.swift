/// The status of an OCP task instance.
public struct TaskInstanceStatus: OCPStatus {
    /// The raw value as OCP spelled it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Under way.
    public static let running = Self(rawValue: "RUNNING")
    /// A subtask failed; the task can be retried.
    public static let failed = Self(rawValue: "FAILED")
    /// Finished well.
    public static let successful = Self(rawValue: "SUCCESSFUL")

    /// The documented values.
    public static let documented: [Self] = [.running, .failed, .successful]

    static let tables: [(StatusClass, Set<String>)] = [
        (.running, ["RUNNING"]), (.failed, ["FAILED"]), (.succeeded, ["SUCCESSFUL"]),
    ]

    /// Running, failed, succeeded, or unknown.
    public var statusClass: StatusClass { StatusSpelling.classify(rawValue, Self.tables) }
}
