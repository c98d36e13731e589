/// Alert thresholds (`obBackupThresholdConfig`).
public struct BackupThresholdConfig: Codable, Hashable, Sendable {
    /// Alert when a data backup runs longer than this many minutes.
    public var dataBackupTimeoutMinutes: Int64?
    /// Alert after this many days without a successful data backup.
    public var noSuccessfulDataBackupAlarmDays: Int64?
    /// Days to keep liboblog (logical backup only).
    public var libObLogExpireDays: Int64?
    /// Alert when log backup lags by more than this many seconds.
    public var logBackupDelaySeconds: Int64?

    /// Makes thresholds.
    public init(
        dataBackupTimeoutMinutes: Int64?, noSuccessfulDataBackupAlarmDays: Int64?, libObLogExpireDays: Int64? = nil,
        logBackupDelaySeconds: Int64?
    ) {
        self.dataBackupTimeoutMinutes = dataBackupTimeoutMinutes
        self.noSuccessfulDataBackupAlarmDays = noSuccessfulDataBackupAlarmDays
        self.libObLogExpireDays = libObLogExpireDays
        self.logBackupDelaySeconds = logBackupDelaySeconds
    }
}
