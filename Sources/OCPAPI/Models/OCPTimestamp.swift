import Foundation

/// A date-time as OCP writes it, kept verbatim and parsed when it can be.
///
/// OCP uses three shapes (docs/ocp-api.md, Timestamps): `2021-09-23T15:31:29.276+08:00`, six fractional
/// digits, and `2021-09-16T17:25:02.993+0800` without the colon; samples also drop the
/// fraction. Reading never fails on a shape it cannot parse: `date` is then `nil`.
public struct OCPTimestamp: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The text exactly as received.
    public let raw: String
    /// The instant, when `raw` is one of the known shapes.
    public let date: Date?

    /// Wraps received text and parses it.
    public init(raw: String) {
        self.raw = raw
        self.date = Self.parse(raw)
    }

    /// Formats `date` in OCP's preferred shape, in the given offset from UTC.
    public init(date: Date, offsetSeconds: Int = 0) {
        self.raw = Self.format(date, offsetSeconds: offsetSeconds)
        self.date = Self.parse(raw)
    }

    /// Decodes a string in any of the shapes, or epoch milliseconds given as a number.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self.init(raw: text)
        } else {
            let millis = try container.decode(Double.self)
            guard millis.isFinite, abs(millis) <= Self.maximumEpochMilliseconds else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "timestamp \(millis) ms is out of range")
            }
            self.init(date: Date(timeIntervalSince1970: millis / 1000))
        }
    }

    /// Encodes the original text.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(raw)
    }

    /// The original text.
    public var description: String { raw }

    /// Parses `yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM|±HHMM)`, or `nil`.
    public static func parse(_ text: String) -> Date? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.take(UInt8(ascii: "-")),
            let month = scanner.number(digits: 2), scanner.take(UInt8(ascii: "-")),
            let day = scanner.number(digits: 2), scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: " ")),
            let clock = scanner.clock(), let offset = scanner.offset(), scanner.atEnd,
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let days = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
        let seconds = Double(days * 86_400 + clock.seconds - offset) + clock.fraction
        return Date(timeIntervalSince1970: seconds)
    }

    /// Epoch milliseconds of 9999-12-31, the last instant the formats can write.
    static let maximumEpochMilliseconds: Double = 253_402_300_799_000

    /// Formats `yyyy-MM-ddTHH:mm:ss.SSS±HH:MM`; instants beyond year ±9999 are clamped to it.
    public static func format(_ date: Date, offsetSeconds: Int) -> String {
        let limit = maximumEpochMilliseconds / 1000
        let interval = date.timeIntervalSince1970.isFinite ? min(max(date.timeIntervalSince1970, -limit), limit) : 0
        let shifted = interval + Double(offsetSeconds)
        let wholeSeconds = Int(shifted.rounded(.down))
        let millis = min(999, Int(((shifted - Double(wholeSeconds)) * 1000).rounded()))
        let days = wholeSeconds.floorDivided(by: 86_400)
        let secondOfDay = wholeSeconds - days * 86_400
        let civil = CivilCalendar.civil(fromDaysSinceEpoch: days)
        let clock = TwoDigits.clock(secondOfDay)
        return "\(TwoDigits.pad(civil.year, 4))-\(TwoDigits.pad(civil.month))-\(TwoDigits.pad(civil.day))T"
            + "\(clock).\(TwoDigits.pad(millis, 3))\(TwoDigits.offset(offsetSeconds))"
    }
}
