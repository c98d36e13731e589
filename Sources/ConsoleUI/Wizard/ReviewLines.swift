import ConsoleCore
import Foundation
import OCPAPI

/// The review step: the request, where the submission stands, the exact body, the next runs,
/// the longest gap between full backups and the diff of an edit. When the pretty-printed body
/// would not fit, the same JSON is reflowed to the width (whitespace only), so it stays whole.
struct ReviewLines {
    /// The wizard.
    let wizard: WizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The review's lines in `width` cells, arranged for `rows` rows.
    func lines(width: Int, rows: Int) -> [[Span]] {
        guard let review = wizard.review else { return [[Span("Preparing the review…", .muted)]] }
        var head: [[Span]] = [[Span(review.requestLine, .accent, style: .bold)]]
        head += SubmissionLines(submission: wizard.submission, isModify: wizard.isModify).lines(width: width)
        head += wizard.refusal.flatMap { PaneText.wrapped("✗ " + $0, role: .error, width: width) }
        let tail = schedule(review) + changes(review) + review.warnings.flatMap { PaneText.wrapped("! " + $0, role: .warning, width: width) }
        let pretty = review.body.split(separator: "\n", omittingEmptySubsequences: false).map { [Span(String($0))] }
        let fits = head.count + 2 + pretty.count + tail.count <= rows
        let body = fits ? pretty : Self.reflow(review.body, width: width).map { [Span($0)] }
        return head + [[], PaneText.heading("Request body (secrets masked)")] + body + tail
    }

    /// The JSON text with its line breaks and indentation removed, cut into lines of `width`
    /// cells (nothing inside a string changes).
    static func reflow(_ json: String, width: Int) -> [String] {
        var rest = json.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
        var lines: [String] = []
        while !rest.isEmpty {
            let line = DisplayWidth.prefix(of: rest, fitting: max(2, width))
            guard !line.isEmpty else { break }
            lines.append(line)
            rest = String(rest.dropFirst(line.count))
        }
        return lines
    }

    private func schedule(_ review: ReviewState) -> [[Span]] {
        var lines: [[Span]] = [[], PaneText.heading("Next runs")]
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
        return lines
    }

    private func changes(_ review: ReviewState) -> [[Span]] {
        guard wizard.isModify else { return [] }
        var lines: [[Span]] = [[], PaneText.heading("Changes")]
        if review.changes.isEmpty { lines.append([Span("Nothing changes.", .muted)]) }
        for change in review.changes {
            lines.append([
                Span(change.path + ": ", .muted), Span(change.old ?? "(absent)", .error), Span(ascii ? " -> " : " → ", .muted),
                Span(change.new ?? "(removed)", .ok),
            ])
        }
        return lines
    }
}
