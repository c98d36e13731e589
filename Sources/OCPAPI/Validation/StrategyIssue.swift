/// One problem with a backup strategy request, with the OCP error code OCP would answer.
public struct StrategyIssue: Sendable, Hashable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Hashable {
        /// OCP would reject the request.
        case error
        /// Accepted, but probably not what was meant.
        case warning
    }

    /// The OCP code (`BAK21007`, `BAK10004`, …).
    public var code: String
    /// The JSON path of the field, e.g. `obBackupScheduleConfig.backupScheduleTime`.
    public var field: String
    /// What is wrong, in words.
    public var message: String
    /// Error or warning.
    public var severity: Severity

    /// Makes an issue.
    public init(code: String, field: String, message: String, severity: Severity = .error) {
        self.code = code
        self.field = field
        self.message = message
        self.severity = severity
    }

    /// `field: message (code)`.
    public var description: String { "\(field): \(message) (\(code))" }
}
