import Foundation
import Localization

/// Short durations for people: `98 s`, `12 min`, `5 h`, `9 d`, rounded down to the largest
/// unit that keeps two significant figures readable (under 2 min in seconds, under 2 h in
/// minutes, under 2 days in hours, days beyond).
public enum DurationText {
    /// `seconds` (negative counts as 0) in the largest fitting unit.
    public static func short(_ seconds: TimeInterval) -> String {
        let value = seconds.isFinite ? max(0, seconds) : 0
        switch value {
        case ..<120: return "\(Int(value)) s"
        case ..<7200: return "\(Int(value / 60)) min"
        case ..<172_800: return "\(Int(value / 3600)) h"
        default: return "\(Int(value / 86_400)) d"
        }
    }
}

extension DurationText {
    /// `seconds` in the largest fitting unit, in `language`: `98 s` or `98 秒`, `12 min` or
    /// `12 分钟`, `5 h` or `5 小时`, `9 d` or `9 天`.
    public static func short(_ seconds: TimeInterval, in language: Language) -> String {
        guard language == .simplifiedChinese else { return short(seconds) }
        let value = seconds.isFinite ? max(0, seconds) : 0
        switch value {
        case ..<120: return "\(Int(value)) 秒"
        case ..<7200: return "\(Int(value / 60)) 分钟"
        case ..<172_800: return "\(Int(value / 3600)) 小时"
        default: return "\(Int(value / 86_400)) 天"
        }
    }
}
