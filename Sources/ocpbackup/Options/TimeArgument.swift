import Foundation
import OCPAPI

/// A `TIME` of the command line: ISO 8601 with an offset (`2024-06-01T12:00:00+08:00`; seconds
/// and a fraction optional, `Z` for UTC), or a span before now (`7d`, `12h`, `30m`, `45s`, and
/// sums such as `1d12h`). "Now" is OCP's clock when it is known (`OCPResponse.serverTime`).
struct TimeArgument: Equatable, Sendable {
    /// What was given.
    enum Value: Equatable, Sendable {
        /// An instant.
        case instant(Date)
        /// This many seconds before now.
        case before(TimeInterval)
    }

    /// The text as typed (for messages).
    let text: String
    /// The instant or span.
    let value: Value

    /// The longest span accepted: ten years.
    static let longestSpan: TimeInterval = 3650 * 86_400

    /// Parses `text`, given as `flag` (for the message).
    /// - Throws: a usage failure saying what a time looks like.
    static func parse(_ text: String, flag: String) throws(CommandFailure) -> TimeArgument {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let span = span(trimmed) {
            guard span > 0, span <= longestSpan else {
                throw .usage("\(flag) '\(InputExcerpt.clipped(text))' must be a span above 0 and at most 3650d; nothing was sent.")
            }
            return TimeArgument(text: trimmed, value: .before(span))
        }
        if let date = instant(trimmed) { return TimeArgument(text: trimmed, value: .instant(date)) }
        let noOffset = trimmed.range(of: #"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?$"#, options: .regularExpression) != nil
        throw .usage(
            "\(flag) '\(InputExcerpt.clipped(text))' is not a time\(noOffset ? " (it has no UTC offset)" : ""): give ISO 8601 with an "
                + "offset, such as 2024-06-01T12:00:00+08:00 or 2024-06-01T04:00:00Z, or a span before now, such as 7d, 12h or 30m; "
                + "nothing was sent.")
    }

    /// The instant at `now` (a span counts back from it).
    func date(now: Date) -> Date {
        switch value {
        case .instant(let date): date
        case .before(let seconds): now.addingTimeInterval(-seconds)
        }
    }

    /// Seconds of `1d12h`-style text, or `nil` when it is not a span.
    static func span(_ text: String) -> TimeInterval? {
        guard !text.isEmpty, text.range(of: #"^(\d{1,7}[smhdSMHD])+$"#, options: .regularExpression) != nil else { return nil }
        var total: TimeInterval = 0
        var digits = ""
        for character in text.lowercased() {
            if character.isNumber {
                digits.append(character)
                continue
            }
            let unit: TimeInterval =
                switch character {
                case "d": 86_400
                case "h": 3600
                case "m": 60
                default: 1
                }
            total += (Double(digits) ?? 0) * unit
            digits = ""
        }
        return total
    }

    /// The instant of ISO 8601 text with an offset; minutes without seconds are accepted.
    static func instant(_ text: String) -> Date? {
        let normalized = text.hasSuffix("z") ? String(text.dropLast()) + "Z" : text
        if let date = OCPTimestamp.parse(normalized) { return date }
        guard let match = normalized.range(of: #"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}"#, options: .regularExpression) else { return nil }
        let rest = normalized[match.upperBound...]
        guard let first = rest.first, "Z+-".contains(first) else { return nil }
        return OCPTimestamp.parse(String(normalized[..<match.upperBound]) + ":00" + rest)
    }
}
