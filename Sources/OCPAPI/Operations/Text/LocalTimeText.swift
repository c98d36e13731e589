import Foundation

/// Times for people, in this machine's time zone (or one given), to the second:
/// `2024-06-01 12:00:05`, with the offset (`+08:00`) where a reader needs it and the age
/// judged at OCP's clock (`2 h ago`). Shared by the command line and the console.
package struct LocalTimeText: Sendable {
    /// The zone times are written in.
    package var timeZone: TimeZone
    /// When "now" is for ages: OCP's clock (`OCPResponse.serverTime`) when it is known.
    package var now: Date

    /// Makes a formatter for `timeZone` judging ages at `now`.
    package init(timeZone: TimeZone = .current, now: Date) {
        self.timeZone = timeZone
        self.now = now
    }

    /// Seconds east of UTC at `date`.
    package func offsetSeconds(at date: Date) -> Int { timeZone.secondsFromGMT(for: date) }

    /// `2024-06-01 12:00:05`.
    package func time(_ date: Date) -> String {
        let text = OCPTimestamp.format(date, offsetSeconds: offsetSeconds(at: date), style: Self.wholeSeconds)
        return String(text.prefix(19)).replacingOccurrences(of: "T", with: " ")
    }

    /// `+08:00` at `date`.
    package func offset(at date: Date) -> String { TwoDigits.offset(offsetSeconds(at: date)) }

    /// `2024-06-01 12:00:05 +08:00`.
    package func timeWithOffset(_ date: Date) -> String { "\(time(date)) \(offset(at: date))" }

    /// `2024-06-01 12:00:05 +08:00 (2 h ago)`.
    package func timeWithAge(_ date: Date) -> String { "\(timeWithOffset(date)) (\(DurationText.ago(date, now: now)))" }

    /// `2024-06-01 12:00:05 (2 h ago)`, for a column whose heading names the offset.
    package func cell(_ date: Date) -> String { "\(time(date)) (\(DurationText.ago(date, now: now)))" }

    /// The offset every date shares (for a heading), or `nil` when they differ (a change to or
    /// from summer time) or there are none.
    package func sharedOffset(_ dates: [Date]) -> String? {
        let offsets = Set(dates.map(offsetSeconds(at:)))
        guard offsets.count == 1, let date = dates.first else { return nil }
        return offset(at: date)
    }

    private static let wholeSeconds = OCPTimeStyle(fractionDigits: 0)
}
