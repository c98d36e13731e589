import ConsoleCore
import OCPAPI

/// The rows of a subtask log in view, and only those: each line is read from the indexed log,
/// cut to what the row can show, sanitized and drawn; a run's banner is drawn as a heading and
/// lines that report an error or a warning take that role.
enum TaskLogLines {
    /// The bytes of a line read for a row `width` cells wide: enough for every cell even when
    /// each holds a four-byte character with combining marks, never the whole of a huge line.
    static func bytes(forWidth width: Int) -> Int { width * 8 + 64 }

    /// The spans of the log's lines from `start` for `rows` rows of `width` cells.
    /// `whole` draws each line as OCP wrote it, else a server line as its time, level and
    /// message (`TaskLogText.compact`).
    static func lines(_ log: TaskLogText, from start: Int, rows: Int, width: Int, ascii: Bool, whole: Bool = false) -> [[Span]] {
        log.lines(from: start, count: rows).map { line in
            if let banner = log.banner(of: line) {
                let rule = ascii ? "--" : "──"
                let operation = TextSanitizer.singleLine(banner.operation.rawValue)
                return [Span("\(rule) \(operation) \(TextSanitizer.singleLine(banner.start.raw)) \(rule)", .accent, style: .bold)]
            }
            let raw = log.text(of: line, maxBytes: bytes(forWidth: width))
            let sanitized = TextSanitizer.singleLine(raw)
            let text = whole ? sanitized : TaskLogText.compact(sanitized)
            let shown =
                line.bytes.count > raw.utf8.count
                ? DisplayWidth.prefix(of: text, fitting: max(0, width - 1)) + "…" : DisplayWidth.truncate(text, toWidth: width)
            return [Span(shown, role(of: text))]
        }
    }

    /// `error` for a line that reports one, `warning` for a warning, else `normal`.
    static func role(of text: String) -> Role {
        let head = text.prefix(160)
        if head.contains(" ERROR ") || head.contains("[ERROR]") || head.contains(" FATAL ") { return .error }
        if head.contains(" WARN ") || head.contains(" WARNING ") || head.contains("[WARN]") { return .warning }
        return .normal
    }
}
