/// The status of one subtask of an OCP task instance.
public struct SubtaskStatus: OCPStatus {
    /// The raw value as OCP spelled it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Waiting for its upstreams.
    public static let pending = Self(rawValue: "PENDING")
    /// Its upstreams are done; about to run.
    public static let ready = Self(rawValue: "READY")
    /// Running.
    public static let running = Self(rawValue: "RUNNING")
    /// Being cancelled (may last a while).
    public static let canceling = Self(rawValue: "CANCELING")
    /// Failed.
    public static let failed = Self(rawValue: "FAILED")
    /// Finished well.
    public static let successful = Self(rawValue: "SUCCESSFUL")

    /// The documented values.
    public static let documented: [Self] = [.pending, .ready, .running, .canceling, .failed, .successful]

    static let tables: [(StatusClass, Set<String>)] = [
        (.pending, ["PENDING", "READY"]), (.running, ["RUNNING", "CANCELING"]), (.failed, ["FAILED"]), (.succeeded, ["SUCCESSFUL"]),
    ]

    /// Pending, running, failed, succeeded, or unknown.
    public var statusClass: StatusClass { StatusSpelling.classify(rawValue, Self.tables) }
}
