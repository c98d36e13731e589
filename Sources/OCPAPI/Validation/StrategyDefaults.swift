/// Limits and defaults of a backup strategy (docs/ocp-api.md, Strategy rules and defaults).
public enum StrategyDefaults {
    /// The most month days a MONTH schedule may use.
    public static let maxMonthDays = 10
    /// Storage alert threshold default, percent.
    public static let alarmStoragePercentage: Int64 = 80
    /// Days of backups kept when cleanup is on.
    public static let retentionDays: Int64 = 7
    /// liboblog retention days (logical backup).
    public static let libObLogExpireDays: Int64 = 7
    /// Data backup timeout alert, minutes.
    public static let dataBackupTimeoutMinutes: Int64 = 120
    /// Log backup delay alert, seconds.
    public static let logBackupDelaySeconds: Int64 = 300
    /// Days without a successful data backup before alerting: OCP's default, applied when a
    /// strategy leaves the threshold out. Too short for a weekly schedule; a new strategy takes
    /// ``noSuccessfulDataBackupAlarmDays(longestFullGapDays:)`` instead.
    public static let noSuccessfulDataBackupAlarmDays: Int64 = 2
    /// The ranges accepted for each threshold.
    public static let dataBackupTimeoutRange: ClosedRange<Int64> = 1...10_080
    /// Accepted log backup delay thresholds, seconds.
    public static let logBackupDelayRange: ClosedRange<Int64> = 1...86_400
    /// Accepted no-success alarm days.
    public static let noSuccessDaysRange: ClosedRange<Int64> = 1...365
    /// Accepted retention days.
    public static let retentionRange: ClosedRange<Int64> = 1...3650
    /// Accepted liboblog retention days.
    public static let libObLogRange: ClosedRange<Int64> = 1...365
    /// Accepted storage alert percentages.
    public static let alarmPercentageRange: ClosedRange<Int64> = 1...100

    /// The no-success alarm a schedule implies: the longest gap between two scheduled full
    /// backups plus a day, so a normal week (or month) never fires it; within
    /// ``noSuccessDaysRange``. OCP's default when the schedule has fewer than two full backups
    /// a year (`nil`).
    public static func noSuccessfulDataBackupAlarmDays(longestFullGapDays: Int?) -> Int64 {
        guard let gap = longestFullGapDays else { return noSuccessfulDataBackupAlarmDays }
        return min(max(Int64(gap) + 1, noSuccessDaysRange.lowerBound), noSuccessDaysRange.upperBound)
    }
}
