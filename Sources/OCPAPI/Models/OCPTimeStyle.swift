import Foundation

/// One of the shapes OCP writes timestamps in: how many fractional digits, whether trailing
/// zeros are dropped, and how the offset is written.
///
/// Formatting rounds the instant to the microsecond, then cuts (never rounds) to the digits
/// the style keeps, so a formatted time is never later than the instant it came from.
public struct OCPTimeStyle: Sendable, Hashable {
    /// Fractional digits, 0–9 (digits past the sixth are written as zeros).
    public var fractionDigits: Int
    /// Whether trailing zeros of the fraction (and a fraction of only zeros) are left out.
    public var dropsTrailingZeros: Bool
    /// `+08:00` when true, `+0800` when false.
    public var offsetHasColon: Bool
    /// Whether a zero offset is written `Z`.
    public var writesZForUTC: Bool

    /// Makes a style.
    public init(fractionDigits: Int, dropsTrailingZeros: Bool = false, offsetHasColon: Bool = true, writesZForUTC: Bool = false) {
        self.fractionDigits = min(max(fractionDigits, 0), 9)
        self.dropsTrailingZeros = dropsTrailingZeros
        self.offsetHasColon = offsetHasColon
        self.writesZForUTC = writesZForUTC
    }

    /// `2021-09-23T15:31:29.276+08:00`: the envelope and OffsetDateTime fields.
    public static let envelope = OCPTimeStyle(fractionDigits: 3)
    /// `2021-09-16T17:25:02.993+0800`: `java.util.Date` fields (task lists, overview).
    public static let javaDate = OCPTimeStyle(fractionDigits: 3, offsetHasColon: false)
    /// `2021-08-06T17:37:58.01+08:00`: OffsetDateTime with trailing zeros dropped (tenants, task instances).
    public static let trimmed = OCPTimeStyle(fractionDigits: 3, dropsTrailingZeros: true)
    /// `2021-09-16T02:00:10.986847+08:00`: the cluster `backup/info`.
    public static let microseconds = OCPTimeStyle(fractionDigits: 6)
    /// `2024-08-02T16:01:41.862678000+08:00`: the 4.3 tenant `backup/info`.
    public static let nanoseconds = OCPTimeStyle(fractionDigits: 9)
    /// `2024-08-09T08:02:57.715753Z`: alert events (with a zero offset).
    public static let utcMicroseconds = OCPTimeStyle(fractionDigits: 6, writesZForUTC: true)
    /// `2024-08-06T00:00:00Z`: whole-second UTC, what every documented version accepts as a query
    /// time (with a zero offset).
    public static let utcSeconds = OCPTimeStyle(fractionDigits: 0, writesZForUTC: true)
}

extension OCPTimestamp {
    /// Formats `date` at `offsetSeconds` from UTC in `style`; instants beyond year ±9999 are
    /// clamped to it.
    public static func format(_ date: Date, offsetSeconds: Int, style: OCPTimeStyle) -> String {
        let limit = maximumEpochMilliseconds / 1000
        let interval = date.timeIntervalSince1970.isFinite ? min(max(date.timeIntervalSince1970, -limit), limit) : 0
        let micros = Int64((interval * 1_000_000).rounded()) + Int64(offsetSeconds) * 1_000_000
        let wholeSeconds = Int(micros.floorDividedBy(1_000_000))
        let microOfSecond = Int(micros - Int64(wholeSeconds) * 1_000_000)
        let days = wholeSeconds.floorDivided(by: 86_400)
        let civil = CivilCalendar.civil(fromDaysSinceEpoch: days)
        var text =
            "\(TwoDigits.pad(civil.year, 4))-\(TwoDigits.pad(civil.month))-\(TwoDigits.pad(civil.day))T"
            + TwoDigits.clock(wholeSeconds - days * 86_400)
        if style.fractionDigits > 0 {
            var digits = Array(TwoDigits.pad(microOfSecond, 6) + "000")[0..<style.fractionDigits]
            if style.dropsTrailingZeros {
                while digits.last == "0" { digits.removeLast() }
            }
            if !digits.isEmpty { text += "." + String(digits) }
        }
        if offsetSeconds == 0, style.writesZForUTC { return text + "Z" }
        let offset = TwoDigits.offset(offsetSeconds)
        return text + (style.offsetHasColon ? offset : offset.replacingOccurrences(of: ":", with: ""))
    }

    /// `date` as whole-second UTC (`2024-08-06T00:00:00Z`), rounded down, or up when `roundUp`:
    /// the query form of a time filter.
    public static func utcQueryText(_ date: Date, roundUp: Bool = false) -> String {
        let seconds = date.timeIntervalSince1970
        let whole = roundUp ? seconds.rounded(.up) : seconds.rounded(.down)
        return format(Date(timeIntervalSince1970: whole), offsetSeconds: 0, style: .utcSeconds)
    }
}

extension Int64 {
    /// Division rounding toward negative infinity.
    func floorDividedBy(_ divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
