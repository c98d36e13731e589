/// A time of day with a UTC offset, OCP's `OffsetTime`, written `HH:mm:ss.SSS±HH:MM`.
public struct ScheduleTime: Hashable, Sendable, CustomStringConvertible {
    /// Hour, 0–23.
    public var hour: Int
    /// Minute, 0–59.
    public var minute: Int
    /// Second, 0–59.
    public var second: Int
    /// Milliseconds, 0–999.
    public var millisecond: Int
    /// Offset from UTC in seconds (east positive), within ±18 hours.
    public var offsetSeconds: Int

    /// Makes a time; values are not range-checked here (see `parse`).
    public init(hour: Int, minute: Int, second: Int = 0, millisecond: Int = 0, offsetSeconds: Int) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.millisecond = millisecond
        self.offsetSeconds = offsetSeconds
    }

    /// Parses exactly `HH:mm:ss.SSS±HH:MM`, the format OCP requires (BAK21007); `nil` otherwise.
    public static func parse(_ text: String) -> ScheduleTime? {
        let bytes = Array(text.utf8)
        guard bytes.count == 18 else { return nil }
        var scanner = DigitScanner(bytes)
        guard let hour = scanner.number(digits: 2), scanner.take(UInt8(ascii: ":")),
            let minute = scanner.number(digits: 2), scanner.take(UInt8(ascii: ":")),
            let second = scanner.number(digits: 2), scanner.take(UInt8(ascii: ".")),
            let millis = scanner.number(digits: 3), bytes[12] == UInt8(ascii: "+") || bytes[12] == UInt8(ascii: "-"),
            bytes[15] == UInt8(ascii: ":"), let offset = scanner.offset(), scanner.atEnd,
            hour < 24, minute < 60, second < 60
        else { return nil }
        return ScheduleTime(hour: hour, minute: minute, second: second, millisecond: millis, offsetSeconds: offset)
    }

    /// The wire form, `HH:mm:ss.SSS±HH:MM`.
    public var description: String {
        "\(TwoDigits.clock(hour * 3600 + minute * 60 + second)).\(TwoDigits.pad(millisecond, 3))"
            + TwoDigits.offset(offsetSeconds)
    }

    /// `HH:MM` as a person types it.
    public var shortClock: String { "\(TwoDigits.pad(hour)):\(TwoDigits.pad(minute))" }

    /// The offset as `UTC±HH:MM`.
    public var offsetLabel: String { "UTC" + TwoDigits.offset(offsetSeconds) }
}
