import Foundation

/// A date-time as OCP writes it, kept verbatim and parsed when it can be.
///
/// OCP mixes shapes between endpoints and versions: `2021-09-23T15:31:29.276+08:00`, the
/// offset without its colon (`+0800`), UTC `Z`, and 0 to 9 fractional digits. Reading never
/// fails on a shape it cannot parse: `date` is then `nil`. The epoch placeholder OCP writes for
/// "not applicable" (`1970-01-01T08:00:00+08:00`) also reads as no date (`isPlaceholder`).
public struct OCPTimestamp: Codable, Hashable, Sendable, CustomStringConvertible {
    /// The text exactly as received.
    public let raw: String
    /// The instant, when `raw` is one of the known shapes and not the 1970 placeholder.
    public let date: Date?

    /// Wraps received text and parses it.
    public init(raw: String) {
        self.raw = raw
        self.date = Self.parse(raw).flatMap { Self.isEpochPlaceholder($0) ? nil : $0 }
    }

    /// Formats `date` in OCP's preferred shape, in the given offset from UTC.
    public init(date: Date, offsetSeconds: Int = 0) {
        self.init(raw: Self.format(date, offsetSeconds: offsetSeconds))
    }

    /// Formats `date` in one of the shapes OCP writes.
    public init(date: Date, offsetSeconds: Int, style: OCPTimeStyle) {
        self.init(raw: Self.format(date, offsetSeconds: offsetSeconds, style: style))
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

    /// Whether the text is OCP's epoch placeholder (any instant on 1970-01-01 UTC), which means
    /// "none" (the `freezeTime` of OceanBase 4.x recoverable items).
    public var isPlaceholder: Bool { Self.parse(raw).map(Self.isEpochPlaceholder) ?? false }

    /// The instant in whole microseconds since 1970, exact (digits past the sixth are dropped,
    /// never rounded); `nil` when `date` is.
    public var epochMicroseconds: Int64? {
        guard date != nil, let parts = Self.components(raw) else { return nil }
        return parts.seconds * 1_000_000 + Int64(parts.nanoseconds / 1000)
    }

    /// Parses `yyyy-MM-ddTHH:mm:ss[.f{1,9}](Z|±HH:MM|±HHMM)`, or `nil`.
    public static func parse(_ text: String) -> Date? {
        guard let parts = components(text) else { return nil }
        return Date(timeIntervalSince1970: Double(parts.seconds) + Double(parts.nanoseconds) / 1_000_000_000)
    }

    /// Whole seconds since 1970 and the nanoseconds after them, exactly as written.
    static func components(_ text: String) -> (seconds: Int64, nanoseconds: Int)? {
        var scanner = DigitScanner(Array(text.utf8))
        guard let year = scanner.number(digits: 4), scanner.take(UInt8(ascii: "-")),
            let month = scanner.number(digits: 2), scanner.take(UInt8(ascii: "-")),
            let day = scanner.number(digits: 2), scanner.take(UInt8(ascii: "T")) || scanner.take(UInt8(ascii: " ")),
            let clock = scanner.clock(), let offset = scanner.offset(), scanner.atEnd,
            (1...12).contains(month), (1...31).contains(day)
        else { return nil }
        let days = CivilCalendar.daysSinceEpoch(year: year, month: month, day: day)
        return (Int64(days * 86_400 + clock.seconds - offset), clock.nanoseconds)
    }

    /// Whether `date` falls on 1970-01-01 UTC, the day OCP's placeholder lands on in any offset.
    static func isEpochPlaceholder(_ date: Date) -> Bool { abs(date.timeIntervalSince1970) < 86_400 }

    /// Epoch milliseconds of 9999-12-31, the last instant the formats can write.
    static let maximumEpochMilliseconds: Double = 253_402_300_799_000

    /// Formats `yyyy-MM-ddTHH:mm:ss.SSS±HH:MM`; instants beyond year ±9999 are clamped to it.
    public static func format(_ date: Date, offsetSeconds: Int) -> String {
        format(date, offsetSeconds: offsetSeconds, style: .envelope)
    }
}
