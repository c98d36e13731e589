import Foundation

/// RFC 1123 dates (`Tue, 17 Jan 2023 09:13:57 GMT`) for the AK/SK `Date` header, without locales.
public enum HTTPDate {
    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// Formats `date` in GMT with a zero-padded day.
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds.floorDivided(by: 86_400)
        let civil = CivilCalendar.civil(fromDaysSinceEpoch: days)
        let weekday = weekdays[CivilCalendar.isoWeekday(daysSinceEpoch: days) - 1]
        return "\(weekday), \(TwoDigits.pad(civil.day)) \(months[civil.month - 1]) \(civil.year) "
            + "\(TwoDigits.clock(seconds - days * 86_400)) GMT"
    }

    /// Parses RFC 1123 (the day may be one or two digits, as Java's parser allows); `nil` otherwise.
    public static func parse(_ text: String) -> Date? {
        let words = text.split(separator: " ")
        guard words.count == 6, words[0].hasSuffix(","), weekdays.contains(String(words[0].dropLast())),
            words[5] == "GMT" || words[5] == "UTC", let day = Int(words[1]), (1...31).contains(day), words[1].count <= 2,
            let monthIndex = months.firstIndex(of: String(words[2])), let year = Int(words[3]), words[3].count == 4
        else { return nil }
        let clock = words[4].split(separator: ":")
        guard clock.count == 3, clock.allSatisfy({ $0.count == 2 }), let hour = Int(clock[0]), let minute = Int(clock[1]),
            let second = Int(clock[2]), hour < 24, minute < 60, second < 61
        else { return nil }
        let days = CivilCalendar.daysSinceEpoch(year: year, month: monthIndex + 1, day: day)
        return Date(timeIntervalSince1970: Double(days * 86_400 + hour * 3600 + minute * 60 + second))
    }
}
