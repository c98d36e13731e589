/// Zero-padded number formatting for times, without locale-dependent formatters.
enum TwoDigits {
    static func pad(_ value: Int, _ width: Int = 2) -> String {
        let text = String(value)
        return text.count >= width ? text : String(repeating: "0", count: width - text.count) + text
    }

    /// `HH:mm:ss` for a second of the day.
    static func clock(_ secondOfDay: Int) -> String {
        "\(pad(secondOfDay / 3600)):\(pad(secondOfDay / 60 % 60)):\(pad(secondOfDay % 60))"
    }

    /// `±HH:MM` for an offset in seconds.
    static func offset(_ seconds: Int) -> String {
        let sign = seconds < 0 ? "-" : "+"
        let magnitude = abs(seconds)
        return "\(sign)\(pad(magnitude / 3600)):\(pad(magnitude / 60 % 60))"
    }
}
