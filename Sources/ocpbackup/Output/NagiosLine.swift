import OCPAPI

/// The one line of a monitoring plugin (Nagios, Icinga, Sensu, …): `SERVICE STATE - text |
/// perfdata`, for `health --nagios`, whose exit code is the state's (0 OK, 1 WARNING,
/// 2 CRITICAL, 3 UNKNOWN).
enum NagiosLine {
    /// `OCPBACKUP CRITICAL - 3 critical, 5 warning of 10012 | critical=3 warning=5 ok=10004 unknown=0`.
    static func line(_ summary: FleetSummary) -> String {
        "OCPBACKUP \(summary.level.rawValue) - \(summary.text) | critical=\(summary.critical) warning=\(summary.warning) "
            + "ok=\(summary.ok) unknown=\(summary.unknown)"
    }

    /// `OCPBACKUP UNKNOWN - why`, when the fleet could not be judged; on one line, without `|`
    /// (which would start perfdata).
    static func unknown(_ why: String) -> String {
        let text = TextSanitizer.singleLine(why.split(separator: "\n").joined(separator: "; ")).replacingOccurrences(of: "|", with: "/")
        return "OCPBACKUP UNKNOWN - \(text)"
    }
}
