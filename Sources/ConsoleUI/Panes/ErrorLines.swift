import ConsoleCore
import Localization

/// An error as lines: the message, then code, HTTP status and `traceId`, then the next step.
enum ErrorLines {
    /// The lines for `error` in `width` cells; the first two hold the message and the trace id.
    static func lines(for error: ErrorInfo, width: Int, language: Language) -> [[Span]] {
        var facts: [String] = []
        if let trace = error.traceId, !trace.isEmpty { facts.append("traceId \(trace)") }
        if let status = error.httpStatus { facts.append("HTTP \(status)") }
        if let code = error.code, !code.isEmpty { facts.append(code) }
        var lines: [[Span]] = [[Span("✗ ", .error, style: .bold), Span(DisplayWidth.truncate(error.message, toWidth: max(1, width - 2)), .error)]]
        if !facts.isEmpty { lines += PaneText.wrapped(facts.joined(separator: " · "), role: .error, width: width, indent: "  ") }
        let next = error.nextStep(in: language)
        if !next.isEmpty {
            lines += TextWrap.lines(next, width: max(1, width - 2)).map { [Span("  " + $0, .muted)] }
        }
        return lines
    }
}
