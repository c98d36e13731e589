import Foundation

/// Parsing and writing the clock texts a person types: `HH:MM` and `±HH:MM`.
public enum ClockText {
    /// `(hour, minute)` of a `H:MM` or `HH:MM` text, or `nil`.
    public static func parseTime(_ text: String) -> (hour: Int, minute: Int)? {
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
            parts.allSatisfy({ $0.allSatisfy(\.isASCII) }), let hour = Int(parts[0]), let minute = Int(parts[1]),
            parts[0].allSatisfy(\.isNumber), parts[1].allSatisfy(\.isNumber), (0..<24).contains(hour), (0..<60).contains(minute)
        else { return nil }
        return (hour, minute)
    }

    /// Seconds east of UTC of a `±HH:MM` text (`UTC` prefix and `Z` accepted), or `nil`.
    public static func parseOffset(_ text: String) -> Int? {
        var body = Substring(text.trimmingCharacters(in: .whitespaces))
        if body.uppercased().hasPrefix("UTC") { body = body.dropFirst(3) }
        if body == "Z" || body.isEmpty && text.uppercased().hasPrefix("UTC") { return 0 }
        guard let sign = body.first, sign == "+" || sign == "-" else { return nil }
        guard let (hours, minutes) = parseTime(String(body.dropFirst())), hours <= 18, hours * 60 + minutes <= 18 * 60 else { return nil }
        let seconds = hours * 3600 + minutes * 60
        return sign == "-" ? -seconds : seconds
    }

    /// `±HH:MM` for an offset in seconds.
    public static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let minutes = abs(seconds) / 60
        return sign + pad(minutes / 60) + ":" + pad(minutes % 60)
    }

    /// `HH:MM`.
    public static func clock(hour: Int, minute: Int) -> String {
        pad(hour) + ":" + pad(minute)
    }

    /// Two digits with a leading zero.
    public static func pad(_ value: Int) -> String {
        value < 10 ? "0\(value)" : String(value)
    }
}
