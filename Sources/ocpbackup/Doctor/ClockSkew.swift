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

    static func format(_ seconds: TimeInterval) -> String {
        seconds < 60
            ? String(format: "%.1f s", seconds)
            : String(format: "%.0f min %.0f s", (seconds / 60).rounded(.down), seconds.truncatingRemainder(dividingBy: 60))
    }
}
