/// One value that differs between the current strategy and the request.
public struct FieldChange: Equatable, Sendable {
    /// Dotted JSON path, e.g. `obBackupScheduleConfig.backupScheduleTime`.
    public var path: String
    /// The current value as JSON text, `nil` when absent.
    public var old: String?
    /// The value to be sent as JSON text, `nil` when removed.
    public var new: String?

    /// Makes a change.
    public init(path: String, old: String?, new: String?) {
        self.path = path
        self.old = old
        self.new = new
    }
}
