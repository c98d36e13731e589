/// One line of `ocpbackup doctor`: what was checked and how it went.
struct DoctorCheck: Equatable {
    /// How a check went.
    enum Outcome: String {
        case ok = "ok"
        case warning = "warn"
        case failed = "FAIL"
        case info = "info"
    }

    let outcome: Outcome
    let title: String
    let detail: String

    /// `[ ok ] title: detail`.
    var line: String {
        let tag = outcome.rawValue
        return "[\(String(repeating: " ", count: max(0, 4 - tag.count)))\(tag)] \(title): \(detail)"
    }
}
