/// The verdict of a health rule or of a whole cluster. A rule whose input could not be read is
/// `unknown`, never `ok`; worst first is critical, warning, unknown, ok.
public enum HealthLevel: String, Sendable, Hashable, CaseIterable, Codable, Comparable {
    /// Every rule that applies passed.
    case ok = "OK"
    /// A rule could not be decided because its input could not be read.
    case unknown = "UNKNOWN"
    /// A rule found something to look at.
    case warning = "WARNING"
    /// A rule found backups not working.
    case critical = "CRITICAL"

    /// 0 ok, 1 unknown, 2 warning, 3 critical: the order of "worst first".
    public var severity: Int {
        switch self {
        case .ok: 0
        case .unknown: 1
        case .warning: 2
        case .critical: 3
        }
    }

    /// Orders by severity.
    public static func < (lhs: HealthLevel, rhs: HealthLevel) -> Bool { lhs.severity < rhs.severity }

    /// The exit code of a monitoring plugin (Nagios): 0 OK, 1 WARNING, 2 CRITICAL, 3 UNKNOWN.
    public var monitoringPluginExitCode: Int32 {
        switch self {
        case .ok: 0
        case .warning: 1
        case .critical: 2
        case .unknown: 3
        }
    }

    /// The level of an OCP alarm level: 1 (stopped) and 2 (critical) critical, 3–5 warning.
    public static func ofAlarm(level: Int?) -> HealthLevel {
        guard let level else { return .warning }
        return level <= 2 ? .critical : .warning
    }
}
