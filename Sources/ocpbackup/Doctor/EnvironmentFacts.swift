import Foundation

/// Facts about the terminal and locale that change how the console looks.
enum EnvironmentFacts {
    static func checks(environment: [String: String]) -> [DoctorCheck] {
        var checks: [DoctorCheck] = []
        let term = environment["TERM"] ?? ""
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        checks.append(
            DoctorCheck(
                outcome: term.isEmpty || term == "dumb" ? .warning : .info, title: "Terminal",
                detail: "TERM=\(term.isEmpty ? "(unset)" : term), \(interactive ? "interactive" : "not a terminal (the console needs one)")"))
        var size = winsize()
        if interactive, ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0 {
            let fits = size.ws_col >= 80 && size.ws_row >= 24
            checks.append(
                DoctorCheck(
                    outcome: fits ? .ok : .warning, title: "Size", detail: "\(size.ws_col)×\(size.ws_row)\(fits ? "" : "; the console needs 80×24")"))
        }
        let locale =
            environment["LC_ALL"].flatMap { $0.isEmpty ? nil : $0 } ?? environment["LC_CTYPE"].flatMap { $0.isEmpty ? nil : $0 }
            ?? environment["LANG"] ?? ""
        let utf8 = locale.uppercased().replacingOccurrences(of: "-", with: "").contains("UTF8")
        checks.append(
            DoctorCheck(
                outcome: utf8 ? .ok : .warning, title: "Locale",
                detail: "\(locale.isEmpty ? "(unset)" : locale)\(utf8 ? "" : "; not UTF-8: CJK names cannot show and lines are drawn in ASCII")"))
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty {
            checks.append(DoctorCheck(outcome: .info, title: "Colour", detail: "NO_COLOR is set: the console uses its monochrome theme"))
        }
        return checks
    }
}
