import Localization
import OCPAPI

/// Pure arithmetic on a schedule: its next runs, the longest gap between full backups, and
/// whether incrementals come before any full backup. Uses `CivilCalendar`, no locale.
public enum SchedulePreview {
    /// The next `count` runs strictly after `now` (seconds since the epoch).
    /// - Parameters:
    ///   - localOffset: the local UTC offset in seconds, for the second rendering of each run.
    public static func nextRuns(
        mode: ScheduleMode, days: [String: DataBackupKind], time: ScheduleTime, now: Int64, localOffset: Int, count: Int = 5
    ) -> [PlannedRun] {
        runs(mode: mode, days: days, time: time, after: now, horizonDays: 800, limit: count).map { run in
            PlannedRun(
                kind: run.kind, epochSeconds: run.instant, scheduleText: format(run.instant, offset: time.offsetSeconds),
                localText: format(run.instant, offset: localOffset))
        }
    }

    /// The longest time between two consecutive full backups, in whole days, looking a year
    /// ahead from `now`; `nil` when fewer than two full backups are scheduled in that year.
    public static func longestFullGapDays(mode: ScheduleMode, days: [String: DataBackupKind], time: ScheduleTime, now: Int64) -> Int? {
        longestGapDays(mode: mode, days: days.filter { $0.value == .full }, time: time, now: now)
    }

    /// The longest time between two consecutive scheduled data backups of any kind, in whole
    /// days, looking a year ahead; `nil` when fewer than two runs fall in that year.
    public static func longestGapDays(mode: ScheduleMode, days: [String: DataBackupKind], time: ScheduleTime, now: Int64) -> Int? {
        let fulls = runs(mode: mode, days: days, time: time, after: now, horizonDays: 400, limit: 400)
        guard fulls.count >= 2 else { return nil }
        var longest: Int64 = 0
        for index in 1..<fulls.count {
            longest = max(longest, fulls[index].instant - fulls[index - 1].instant)
        }
        return Int(longest / 86_400)
    }

    /// Whether the first scheduled run after `now` is incremental while no full backup exists
    /// yet (the ability's `canDoIncrementalBackup` is false): those runs fail until a full one ran.
    public static func incrementalBeforeFirstFull(
        mode: ScheduleMode, days: [String: DataBackupKind], time: ScheduleTime, now: Int64
    ) -> Bool {
        runs(mode: mode, days: days, time: time, after: now, horizonDays: 800, limit: 1).first?.kind == .incremental
    }

    private static func runs(
        mode: ScheduleMode, days: [String: DataBackupKind], time: ScheduleTime, after now: Int64, horizonDays: Int, limit: Int
    ) -> [(kind: DataBackupKind, instant: Int64)] {
        guard !days.isEmpty else { return [] }
        let offset = Int64(time.offsetSeconds)
        let secondOfDay = Int64(time.hour * 3600 + time.minute * 60 + time.second)
        let firstDay = Int((now + offset).floorDividedBy(86_400))
        var found: [(kind: DataBackupKind, instant: Int64)] = []
        for day in firstDay...(firstDay + horizonDays) {
            let key: Int
            if mode == .month {
                key = CivilCalendar.civil(fromDaysSinceEpoch: day).day
            } else {
                key = CivilCalendar.isoWeekday(daysSinceEpoch: day)
            }
            guard let kind = days[String(key)] else { continue }
            let instant = Int64(day) * 86_400 + secondOfDay - offset
            guard instant > now else { continue }
            found.append((kind, instant))
            if found.count == limit { break }
        }
        return found
    }

    /// `YYYY-MM-DD Ddd HH:MM UTC±HH:MM` of an instant in an offset.
    public static func format(_ instant: Int64, offset: Int) -> String {
        let local = instant + Int64(offset)
        let day = Int(local.floorDividedBy(86_400))
        let second = Int(local - Int64(day) * 86_400)
        let date = CivilCalendar.civil(fromDaysSinceEpoch: day)
        let weekday = weekdayNames[CivilCalendar.isoWeekday(daysSinceEpoch: day) - 1]
        return "\(date.year)-\(ClockText.pad(date.month))-\(ClockText.pad(date.day)) \(weekday) "
            + "\(ClockText.clock(hour: second / 3600, minute: second % 3600 / 60)) UTC\(ClockText.offset(offset))"
    }

    /// Monday first, as OCP numbers week days.
    public static let weekdayNames = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    /// The week days in `language`, Monday first: `Mon`… or `周一`….
    public static func weekdayNames(in language: Language) -> [String] {
        language.pick(weekdayNames, ["周一", "周二", "周三", "周四", "周五", "周六", "周日"])
    }
}
