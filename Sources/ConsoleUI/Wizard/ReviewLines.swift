import ConsoleCore
import OCPAPI

/// The review step: the request, where the submission stands, the next runs, the longest gap
/// between full backups, the diff of an edit, and the exact body.
struct ReviewLines {
    /// The wizard.
    let wizard: WizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The review's lines in `width` cells.
    func lines(width: Int) -> [[Span]] {
        guard let review = wizard.review else { return [[Span("Preparing the review…", .muted)]] }
        var lines: [[Span]] = [[Span(review.requestLine, .accent, style: .bold)]]
        lines += SubmissionLines(submission: wizard.submission, isModify: wizard.isModify).lines(width: width)
        if !wizard.refusal.isEmpty {
            lines += wizard.refusal.flatMap { PaneText.wrapped("✗ " + $0, role: .error, width: width) }
        }
        lines += review.warnings.flatMap { PaneText.wrapped("! " + $0, role: .warning, width: width) }
        lines.append([])
        lines.append(PaneText.heading("Next runs"))
        for run in review.nextRuns {
            let full = run.kind == .full
            lines.append([
                Span(full ? "F " : "I ", full ? .ok : .accent, style: .bold), Span(run.scheduleText), Span("  local " + run.localText, .muted),
            ])
        }
        if review.nextRuns.isEmpty { lines.append([Span("No runs scheduled.", .warning)]) }
        if let gap = review.longestFullGapDays {
            lines.append([Span("Longest gap between full backups: ", .muted), Span("\(gap) day\(gap == 1 ? "" : "s")", gap > 7 ? .warning : .normal)])
        }
        if wizard.isModify {
            lines.append([])
            lines.append(PaneText.heading("Changes"))
            if review.changes.isEmpty { lines.append([Span("Nothing changes.", .muted)]) }
            for change in review.changes {
                lines.append([
                    Span(change.path + ": ", .muted), Span(change.old ?? "(absent)", .error), Span(ascii ? " -> " : " → ", .muted),
                    Span(change.new ?? "(removed)", .ok),
                ])
            }
        }
        lines.append([])
        lines.append(PaneText.heading("Request body (secrets masked)"))
        lines += review.body.split(separator: "\n", omittingEmptySubsequences: false).map { [Span(String($0))] }
        return lines
    }
}
