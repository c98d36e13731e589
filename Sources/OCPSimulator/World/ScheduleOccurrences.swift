import Foundation
import OCPAPI

/// When a schedule starts data backups: on its days (ISO weekdays 1–7 for WEEK, month days 1–31
/// for MONTH, in the schedule time's own offset) at its time.
package enum ScheduleOccurrences {
    /// One scheduled start.
    package struct Occurrence: Sendable, Hashable {
        /// The scheduled instant.
        package var instant: Date
        /// Full or incremental.
        package var kind: DataBackupKind
    }

    /// The schedule time, or 02:00 at +08:00 when it does not parse.
    static func time(of schedule: BackupScheduleConfig) -> ScheduleTime {
        schedule.backupScheduleTime.flatMap(ScheduleTime.parse) ?? ScheduleTime(hour: 2, minute: 0, offsetSeconds: 8 * 3600)
    }

    /// The starts of `epoch` in `[from, to]`, oldest first.
    package static func occurrences(of epoch: ScheduleEpoch, from: Date, to: Date) -> [Occurrence] {
        let lower = max(from, epoch.from)
        let upper = min(to, epoch.to ?? to)
        guard lower <= upper, let map = epoch.schedule.dayAndDataBackupModelMap, !map.isEmpty else { return [] }
        let time = time(of: epoch.schedule)
        let offset = time.offsetSeconds
        let secondOfDay = time.hour * 3600 + time.minute * 60 + time.second
        let monthly = epoch.schedule.backupScheduleMode == .month
        let firstDay = Int((lower.timeIntervalSince1970 + Double(offset)).rounded(.down)).floorDivided(by: 86_400)
        let lastDay = Int((upper.timeIntervalSince1970 + Double(offset)).rounded(.down)).floorDivided(by: 86_400)
        var result: [Occurrence] = []
        for day in firstDay...max(firstDay, lastDay) {
            let key = monthly ? String(CivilCalendar.civil(fromDaysSinceEpoch: day).day) : String(CivilCalendar.isoWeekday(daysSinceEpoch: day))
            guard let kind = map[key] else { continue }
            let instant = Date(timeIntervalSince1970: Double(day * 86_400 + secondOfDay - offset) + Double(time.millisecond) / 1000)
            if instant >= lower, instant <= upper, epoch.to.map({ instant < $0 }) ?? true { result.append(Occurrence(instant: instant, kind: kind)) }
        }
        return result
    }

    /// The last start of `epoch` before `date`, looking back at most `days`, of `kind` if given.
    package static func last(of epoch: ScheduleEpoch, before date: Date, kind: DataBackupKind? = nil, days: Int = 40) -> Occurrence? {
        occurrences(of: epoch, from: date.addingTimeInterval(-Double(days) * 86_400), to: date)
            .last { $0.instant < date && (kind == nil || $0.kind == kind) }
    }
}
