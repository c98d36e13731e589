import Foundation

/// Durations and ages with two units, for task steps and times people compare: `2 min 5 s`,
/// `1 h 3 min`, `2 d 4 h`, and ages such as `2 h ago`. Shared by the command line and the
/// console so both say the same.
extension DurationText {
    /// `seconds` (negative counts as 0) in whole units, the largest two: `45 s`, `2 min 5 s`,
    /// `1 h 3 min`, `2 d 4 h`; a zero second unit is left out (`3 min`).
    package static func precise(_ seconds: TimeInterval) -> String {
        let total = Int(seconds.isFinite ? max(0, min(seconds, 1e12)) : 0)
        let units: [(size: Int, name: String)] = [(86_400, "d"), (3600, "h"), (60, "min"), (1, "s")]
        guard let first = units.firstIndex(where: { total >= $0.size }) else { return "0 s" }
        let major = total / units[first].size
        var text = "\(major) \(units[first].name)"
        if first + 1 < units.count {
            let minor = (total % units[first].size) / units[first + 1].size
            if minor > 0 { text += " \(minor) \(units[first + 1].name)" }
        }
        return text
    }

    /// How long ago `date` was at `now`, in the largest fitting unit: `2 h ago`, `just now`
    /// under a second, and `in 5 min` for a time after `now` (clocks that disagree).
    package static func ago(_ date: Date, now: Date) -> String {
        let age = now.timeIntervalSince(date)
        if abs(age) < 1 { return "just now" }
        return age > 0 ? "\(short(age)) ago" : "in \(short(-age))"
    }
}
