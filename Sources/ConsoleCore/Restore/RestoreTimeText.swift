import Foundation
import OCPAPI

/// The point in time as a person types it (date, time, UTC offset) and back: exact to the
/// millisecond, as the request carries it (`RestoreRequest.restoreTime`).
public enum RestoreTimeText {
    /// The instant of `date` `YYYY-MM-DD`, `time` `HH:MM[:SS[.mmm]]` and `offset` `±HH:MM`, or
    /// the first part that cannot be read.
    public static func parse(date: String, time: String, offset: String) -> Result<Date, RestoreTimeProblem> {
        guard let day = parseDate(date.trimmingCharacters(in: .whitespaces)) else { return .failure(.date) }
        guard let seconds = parseTime(time.trimmingCharacters(in: .whitespaces)) else { return .failure(.time) }
        guard let offsetSeconds = ClockText.parseOffset(offset) else { return .failure(.offset) }
        return .success(Date(timeIntervalSince1970: Double(day * 86_400) + seconds - Double(offsetSeconds)))
    }

    /// `(date, time, offset)` texts of `instant` at `offset` seconds east of UTC; the
    /// milliseconds written only when there are any.
    public static func texts(_ instant: Date, offset: Int) -> (date: String, time: String, offset: String) {
        let millis = Int64((instant.timeIntervalSince1970 * 1000).rounded(.down)) + Int64(offset) * 1000
        let days = millis.floorDividedBy(86_400_000)
        let dayMillis = millis - days * 86_400_000
        let (year, month, day) = CivilCalendar.civil(fromDaysSinceEpoch: Int(days))
        let second = Int(dayMillis / 1000)
        let fraction = Int(dayMillis % 1000)
        var time = ClockText.clock(hour: second / 3600, minute: second / 60 % 60) + ":" + ClockText.pad(second % 60)
        if fraction > 0 { time += "." + String(String(fraction + 1000).dropFirst()) }
        let date = "\(year)-\(ClockText.pad(month))-\(ClockText.pad(day))"
        return (date, time, ClockText.offset(offset))
    }

    /// `2026-11-20 19:59:20 +08:00`, the way the wizard writes an instant.
    public static func line(_ instant: Date, offset: Int) -> String {
        let parts = texts(instant, offset: offset)
        return "\(parts.date) \(parts.time) \(parts.offset)"
    }

    /// The offset a timestamp of OCP is written in (`…+08:00`, `…Z`), if it names one.
    public static func offset(of timestamp: OCPTimestamp) -> Int? {
        let raw = timestamp.raw.trimmingCharacters(in: .whitespaces)
        if raw.hasSuffix("Z") { return 0 }
        guard raw.count > 6 else { return nil }
        let tail = String(raw.suffix(6))
        if let seconds = ClockText.parseOffset(tail) { return seconds }
        let compact = String(raw.suffix(5))
        guard compact.first == "+" || compact.first == "-" else { return nil }
        return ClockText.parseOffset(String(compact.prefix(3)) + ":" + String(compact.suffix(2)))
    }

    /// `instant` cut to the millisecond (a time shown inside a window stays inside).
    public static func floorMillisecond(_ instant: Date) -> Date {
        Date(timeIntervalSince1970: (instant.timeIntervalSince1970 * 1000).rounded(.down) / 1000)
    }

    private static func parseDate(_ text: String) -> Int64? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }), let year = Int(parts[0]), let month = Int(parts[1]),
            let day = Int(parts[2]), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        return Int64(CivilCalendar.daysSinceEpoch(year: year, month: month, day: day))
    }

    private static func parseTime(_ text: String) -> Double? {
        let pieces = text.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(pieces.count) else { return nil }
        let clock = pieces[0].split(separator: ":", omittingEmptySubsequences: false)
        guard (2...3).contains(clock.count), let (hour, minute) = ClockText.parseTime(clock[0] + ":" + clock[1]) else { return nil }
        var second = 0
        if clock.count == 3 {
            guard clock[2].count == 2, clock[2].allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(clock[2]), value < 60 else { return nil }
            second = value
        }
        var millis = 0
        if pieces.count == 2 {
            let fraction = pieces[1]
            guard clock.count == 3, (1...3).contains(fraction.count), fraction.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            millis = Int(fraction.padding(toLength: 3, withPad: "0", startingAt: 0)) ?? 0
        }
        return Double(hour * 3600 + minute * 60 + second) + Double(millis) / 1000
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// The part of a typed point in time that cannot be read.
public enum RestoreTimeProblem: Error, Equatable, Sendable {
    /// The date.
    case date
    /// The time of day.
    case time
    /// The UTC offset.
    case offset

    /// The field it concerns.
    public var field: RestoreField {
        switch self {
        case .date: .date
        case .time: .time
        case .offset: .offset
        }
    }

    /// What to type.
    public var message: String {
        switch self {
        case .date: "Type the date as YYYY-MM-DD, for example 2026-11-20."
        case .time: "Type the time as HH:MM:SS, for example 19:30:00."
        case .offset: "Type the UTC offset as ±HH:MM, for example +08:00."
        }
    }
}
