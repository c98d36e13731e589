/// The status of a log backup (archive) task row. An archive never "succeeds": stopped and
/// suspended are `paused`, interrupted is `failed`.
public struct LogBackupTaskStatus: OCPStatus {
    /// The raw value as OCP spelled it.
    public let rawValue: String
    /// Wraps a raw value.
    public init(rawValue: String) { self.rawValue = rawValue }

    /// Archiving (the web console's and the samples' spelling).
    public static let running = Self(rawValue: "RUNNING")
    /// Archiving (the 4.3 filter list's spelling).
    public static let inProgress = Self(rawValue: "INPROGRESS")
    /// Starting.
    public static let beginning = Self(rawValue: "BEGINNING")
    /// Stopping.
    public static let stopping = Self(rawValue: "STOPPING")
    /// Stopped.
    public static let stopped = Self(rawValue: "STOPPED")
    /// Failed.
    public static let failed = Self(rawValue: "FAILED")
    /// Interrupted: the recoverable window stops growing and a gap forms.
    public static let interrupted = Self(rawValue: "INTERRUPTED")

    /// The values of OCP's web console and 4.3 filter list.
    public static let documented: [Self] = [
        .beginning, .running, .stopping, .stopped, .failed, .interrupted, Self(rawValue: "STARTING"), .inProgress,
        Self(rawValue: "UNKNOWN"),
    ]

    static let tables: [(StatusClass, Set<String>)] = [
        (.running, ["RUNNING", "INPROGRESS", "DOING", "BEGINNING", "STARTING", "PREPARE"]),
        (.paused, ["STOPPING", "STOPPED", "STOP", "SUSPENDING", "SUSPEND"]),
        (.failed, ["FAILED", "INTERRUPTED"]),
    ]

    /// Running, paused (stopped), failed (interrupted), or unknown.
    public var statusClass: StatusClass { StatusSpelling.classify(rawValue, Self.tables) }
}
