import Foundation
import OCPAPI

/// Times of tasks for the task view and the Tasks tab, in the local offset: `11-20 20:00:01`.
public enum TaskTimeText {
    /// `MM-DD HH:MM:SS` of `date` at `offset` seconds east of UTC.
    public static func short(_ date: Date, offset: Int) -> String {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + offset
        let day = local.floorDivided(by: 86_400)
        let second = local - day * 86_400
        let civil = CivilCalendar.civil(fromDaysSinceEpoch: day)
        return "\(ClockText.pad(civil.month))-\(ClockText.pad(civil.day)) "
            + "\(ClockText.pad(second / 3600)):\(ClockText.pad(second % 3600 / 60)):\(ClockText.pad(second % 60))"
    }
}
