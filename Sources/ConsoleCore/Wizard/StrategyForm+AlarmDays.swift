import OCPAPI

extension StrategyForm {
    /// The no-success alarm this form's schedule implies (the longest gap between full backups,
    /// plus a day; `StrategyDefaults.noSuccessfulDataBackupAlarmDays(longestFullGapDays:)`),
    /// looking a year ahead from `now` (seconds since the epoch); `nil` while the time or the
    /// offset does not read.
    public func scheduledAlarmDays(now: Int64) -> Int64? {
        guard let offset = ClockText.parseOffset(offsetText), let (hour, minute) = ClockText.parseTime(timeText) else { return nil }
        let time = ScheduleTime(hour: hour, minute: minute, offsetSeconds: offset)
        let gap = SchedulePreview.longestFullGapDays(mode: scheduleMode, days: dayMap, time: time, now: now)
        return StrategyDefaults.noSuccessfulDataBackupAlarmDays(longestFullGapDays: gap)
    }

    /// Whether the alarm field holds what the schedule implies.
    public func alarmDaysMatchSchedule(now: Int64) -> Bool {
        scheduledAlarmDays(now: now).map { String($0) == noSuccessDaysText } ?? false
    }

    /// Sets the alarm to what the schedule implies (nothing while the time does not read).
    public mutating func followScheduleWithAlarmDays(now: Int64) {
        if let days = scheduledAlarmDays(now: now) { noSuccessDaysText = String(days) }
    }
}
