import ConsoleCore

/// Where the submission stands, in words: the prompt, the result with task ids, OCP's error
/// with its `traceId`, or the unknown outcome.
struct SubmissionLines {
    /// The submission.
    let submission: SubmissionState
    /// Whether the wizard edits an existing strategy.
    let isModify: Bool

    /// The lines in `width` cells.
    func lines(width: Int) -> [[Span]] {
        switch submission {
        case .idle:
            return [[Span("Enter", .accent, style: .bold), Span(" submits (asks to confirm)  "), Span("PgUp", .accent, style: .bold), Span(" back")]]
        case .confirming:
            return [
                [
                    Span("Send this request to OCP now? ", .warning, style: .bold), Span("y", .accent, style: .bold), Span(" send  "),
                    Span("n", .accent, style: .bold), Span(" back"),
                ]
            ]
        case .inFlight:
            return [[Span("Sending… waiting for OCP's answer (sent once, never repeated).", .warning)]]
        case .succeeded(let result):
            return succeeded(result, width: width)
        case .failed(let error):
            return PaneText.wrapped("OCP refused the request; nothing changed.", role: .error, width: width)
                + ErrorLines.lines(for: error, width: width)
        case .outcomeUnknown(let error):
            return PaneText.wrapped(
                "No answer from OCP: the request may or may not have been applied. Reading the strategy again before anything is sent again.",
                role: .warning, width: width) + ErrorLines.lines(for: error, width: width)
        case .reread(let error, let current):
            let found: String =
                switch current {
                case .none: isModify ? "the cluster has no strategy now." : "no strategy exists: the create was not applied. Enter submits again."
                case .present:
                    isModify ? "the strategy was read again; compare, then Enter submits again." : "the strategy exists now: the create was applied."
                }
            return PaneText.wrapped("After no answer, " + found, role: .warning, width: width) + ErrorLines.lines(for: error, width: width)
        case .rereadFailed(let error, let reread):
            return PaneText.wrapped("No answer, and the strategy could not be read again. r reads it again.", role: .error, width: width)
                + ErrorLines.lines(for: error, width: width) + ErrorLines.lines(for: reread, width: width)
        }
    }

    private func succeeded(_ result: SubmitResult, width: Int) -> [[Span]] {
        let tasks = result.taskIds.map(String.init).joined(separator: ", ")
        var lines: [[Span]] = [[Span("✓ OCP accepted ", .ok, style: .bold), Span(result.taskType), Span(tasks.isEmpty ? "" : "  tasks " + tasks)]]
        if let trace = result.traceId { lines.append([Span("  traceId " + trace, .muted)]) }
        for object in result.objects {
            let ids = object.taskIds.map(String.init).joined(separator: ", ")
            lines.append([
                Span(object.succeeded ? "  ✓ " : "  ✗ ", object.succeeded ? .ok : .error), Span(object.objects),
                Span(ids.isEmpty ? "" : "  tasks " + ids, .muted), Span(object.note.map { "  " + $0 } ?? "", .muted),
            ])
        }
        lines.append([Span("Enter", .accent, style: .bold), Span(" closes the wizard")])
        return lines
    }
}
