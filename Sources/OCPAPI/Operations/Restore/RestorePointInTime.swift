import Foundation

/// A point in time to restore to, exact to the microsecond, with the offset from UTC it is
/// written in. Its `timestamp` is the text sent: OCP's OffsetDateTime shape with a `T`, three
/// fractional digits (six when more were given; digits past the sixth are dropped), so the
/// instant the rules check is the instant OCP reads.
public struct RestorePointInTime: Sendable, Hashable {
    /// The instant, microseconds since 1970.
    public let microseconds: Int64
    /// Seconds east of UTC the time is written in.
    public let offsetSeconds: Int
    /// Whether it is written with microseconds rather than milliseconds.
    public let writesMicroseconds: Bool

    /// `date` cut (never rounded) to the millisecond, to be written at `offsetSeconds` from UTC:
    /// a time chosen inside a window stays inside.
    public init(date: Date, offsetSeconds: Int) {
        let micros = RecoverableWindow.microseconds(date)
        self.init(microseconds: micros.floorDividedBy(1000) * 1000, offsetSeconds: offsetSeconds, writesMicroseconds: false)
    }

    /// Makes a time from its parts.
    init(microseconds: Int64, offsetSeconds: Int, writesMicroseconds: Bool) {
        self.microseconds = microseconds
        self.offsetSeconds = offsetSeconds
        self.writesMicroseconds = writesMicroseconds
    }

    /// The instant.
    public var date: Date { RecoverableWindow.date(microseconds) }

    /// The time as sent in `restoreEndTime`.
    public var timestamp: OCPTimestamp {
        OCPTimestamp(date: date, offsetSeconds: offsetSeconds, style: writesMicroseconds ? .microseconds : .envelope)
    }

    /// Reads a typed time: `yyyy-MM-dd HH:mm:ss[.f]±HH:MM` or with `T` between date and time, the
    /// offset also as `±HHMM` or `Z`, the fraction of 1 to 9 digits. Surrounding blanks are ignored.
    /// - Returns: the time, or `timeWithoutOffset` for a time that lacks its offset, or
    ///   `timeUnreadable` (for an impossible date too, such as February 30).
    public static func parse(_ typed: String) -> Result<RestorePointInTime, RestoreRefusal> {
        let text = typed.trimmingCharacters(in: .whitespaces)
        let bytes = Array(text.utf8)
        var scanner = DigitScanner(bytes)
        guard let year = scanner.number(digits: 4), scanner.take(UInt8(ascii: "-")), let month = scanner.number(digits: 2),
            scanner.take(UInt8(ascii: "-")), let day = scanner.number(digits: 2),
            scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: " ")), let clock = scanner.clock(),
            (1...12).contains(month), (1...31).contains(day)
        else { return .failure(.timeUnreadable(text)) }
        if scanner.atEnd { return .failure(.timeWithoutOffset(text)) }
        guard let offset = scanner.offset(), scanner.atEnd else { return .failure(.timeUnreadable(text)) }
        let days = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
        let civil = CivilCalendar.civil(fromDaysSinceEpoch: days)
        guard civil.year == year, civil.month == month, civil.day == day else {
            return .failure(.timeUnreadable(text))
        }
        let seconds = Int64(days) * 86_400 + Int64(clock.seconds) - Int64(offset)
        let micros = seconds * 1_000_000 + Int64(clock.nanoseconds / 1000)
        let fraction = bytes.drop { $0 != UInt8(ascii: ".") }.dropFirst().prefix { $0 >= 0x30 && $0 <= 0x39 }.count
        return .success(RestorePointInTime(microseconds: micros, offsetSeconds: offset, writesMicroseconds: fraction > 3))
    }
}
