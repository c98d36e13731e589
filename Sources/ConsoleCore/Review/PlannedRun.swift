import OCPAPI

/// One upcoming scheduled data backup.
public struct PlannedRun: Equatable, Sendable {
    /// Full or incremental.
    public var kind: DataBackupKind
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int64
    /// `YYYY-MM-DD Ddd HH:MM UTC±HH:MM` in the schedule's offset.
    public var scheduleText: String
    /// The same moment in local time.
    public var localText: String

    /// Makes a run.
    public init(kind: DataBackupKind, epochSeconds: Int64, scheduleText: String, localText: String) {
        self.kind = kind
        self.epochSeconds = epochSeconds
        self.scheduleText = scheduleText
        self.localText = localText
    }
}
