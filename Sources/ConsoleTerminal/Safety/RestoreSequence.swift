import CNCursesW

/// The bytes that put a terminal back the way a shell expects it, looked up in terminfo while
/// the program is healthy so a signal handler only has to `write(2)` them.
enum RestoreSequence {
    /// Mouse tracking modes an xterm-compatible terminal may have been switched into, all off.
    static let mouseTrackingOff = "\u{1B}[?1000l\u{1B}[?1002l\u{1B}[?1003l\u{1B}[?1006l"

    /// Leave the alternate screen, normal keypad, visible cursor, plain attributes, mouse
    /// tracking off (when it was on), and a fresh line. Requires the current terminal to be set
    /// (after `newterm`).
    static func bytes(mouseWasEnabled: Bool) -> [UInt8] {
        var text = ""
        for capability in ["sgr0", "rmcup", "rmkx", "cnorm"] {
            text += capabilityString(capability)
        }
        if mouseWasEnabled { text += mouseTrackingOff }
        text += "\r\n"
        return Array(text.utf8)
    }

    /// The terminfo string of `capability` without `$<…>` padding, or empty when absent.
    static func capabilityString(_ capability: String) -> String {
        guard let value = cnc_tigetstr(capability) else { return "" }
        return removingPadding(String(cString: value))
    }

    /// `text` without terminfo delay specifications such as `$<5>` or `$<100/*>`.
    static func removingPadding(_ text: String) -> String {
        var result = ""
        var remaining = Substring(text)
        while let dollar = remaining.firstIndex(of: "$") {
            result += remaining[..<dollar]
            let afterDollar = remaining[remaining.index(after: dollar)...]
            if afterDollar.first == "<", let close = afterDollar.firstIndex(of: ">") {
                remaining = afterDollar[afterDollar.index(after: close)...]
            } else {
                result += "$"
                remaining = afterDollar
            }
        }
        return result + remaining
    }
}
