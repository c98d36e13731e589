import Foundation

/// How far this machine's clock is from OCP's, and what that means for AK/SK signing (OCP
/// refuses a `Date` more than 15 minutes away from its own clock).
enum ClockSkew {
    /// OCP's limit.
    static let limit: TimeInterval = 15 * 60

    /// The check for a measured skew (server minus local, in seconds).
    static func check(skew: TimeInterval, usesAccessKey: Bool) -> DoctorCheck {
        let text = "\(skew >= 0 ? "OCP is ahead by" : "OCP is behind by") \(format(abs(skew)))"
        if abs(skew) >= limit {
            let consequence =
                usesAccessKey ? "AK/SK requests will be refused until the clocks agree" : "AK/SK requests would be refused"
            return DoctorCheck(
                outcome: usesAccessKey ? .failed : .warning, title: "Clock",
                detail: "\(text); \(consequence) (limit 15 min). Sync this machine with NTP.")
        }
        if abs(skew) >= 60 {
            return DoctorCheck(outcome: .warning, title: "Clock", detail: "\(text); within OCP's 15-minute limit, but check NTP.")
        }
        return DoctorCheck(outcome: .ok, title: "Clock", detail: text)
    }

    /// `12.3 s` under a minute, else whole minutes and seconds (`19 min 59 s`, never `19 min 60 s`).
    static func format(_ seconds: TimeInterval) -> String {
        guard seconds >= 60 else { return String(format: "%.1f s", seconds) }
        let whole = Int(seconds.rounded())
        return "\(whole / 60) min \(whole % 60) s"
    }
}
