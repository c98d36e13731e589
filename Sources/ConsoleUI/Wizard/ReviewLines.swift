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

    /// Draws the review in `rect`: one column below 100 cells, else the body on the left and
    /// the schedule, diff and warnings on the right.
    func draw(into screen: inout ScreenBuffer, rect: Rect, before: [[Span]]) {
        let width = rect.size.columns
        guard let review = wizard.review else {
            PaneText.draw(before + [[Span("Preparing the review…", .muted)]], into: &screen, rect: rect)
            return
        }
        let head = before + self.head(review, width: width)
        guard width >= 100 else {
            let tail = self.tail(review, width: width)
            let rows = rect.size.rows - head.count - 2 - tail.count
            PaneText.draw(head + [[]] + body(review, width: width, rows: rows) + tail, into: &screen, rect: rect)
            return
        }
        PaneText.draw(head, into: &screen, rect: Rect(row: rect.row, column: rect.column, rows: head.count, columns: width))
        let top = rect.row + head.count + 1
        let rows = rect.bottom - top
        let left = width * 11 / 20
        let right = width - left - 2
        PaneText.draw(
            body(review, width: left, rows: rows - 1), into: &screen, rect: Rect(row: top, column: rect.column, rows: rows, columns: left))
        PaneText.draw(
            Array(tail(review, width: right).drop { $0.isEmpty }), into: &screen,
            rect: Rect(row: top, column: rect.column + left + 2, rows: rows, columns: right))
    }

    private func head(_ review: ReviewState, width: Int) -> [[Span]] {
        var head: [[Span]] = [[Span(review.requestLine, .accent, style: .bold)]]
        head += SubmissionLines(submission: wizard.submission, isModify: wizard.isModify).lines(width: width)
        head += wizard.refusal.flatMap { PaneText.wrapped("✗ " + $0, role: .error, width: width) }
        return head
    }

    private func tail(_ review: ReviewState, width: Int) -> [[Span]] {
        schedule(review, width: width) + changes(review, width: width)
            + review.warnings.flatMap { PaneText.wrapped("! " + $0, role: .warning, width: width) }
    }

    /// The body's heading and lines: pretty-printed when it fits in `rows`, else reflowed.
    private func body(_ review: ReviewState, width: Int, rows: Int) -> [[Span]] {
        let pretty = review.body.split(separator: "\n", omittingEmptySubsequences: false).flatMap { Self.cut(String($0), width: width) }
        let lines = pretty.count + 1 <= rows ? pretty : Self.cut(Self.reflowed(review.body), width: width)
        return [PaneText.heading("Request body (secrets masked)")] + lines.map { [Span($0)] }
    }

    /// The JSON text with its line breaks and indentation removed (nothing inside a string changes).
    static func reflowed(_ json: String) -> String {
        json.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// `text` cut into lines of at most `width` cells, keeping every character.
    static func cut(_ text: String, width: Int) -> [String] {
        guard !text.isEmpty else { return [""] }
        var rest = text
        var lines: [String] = []
        while !rest.isEmpty {
            let line = DisplayWidth.prefix(of: rest, fitting: max(2, width))
            guard !line.isEmpty else { break }
            lines.append(line)
            rest = String(rest.dropFirst(line.count))
        }
        return lines
    }

    private func schedule(_ review: ReviewState, width: Int) -> [[Span]] {
        var lines: [[Span]] = [[], PaneText.heading("Next runs")]
        for run in review.nextRuns {
            let full = run.kind == .full
            let mark = Span(full ? "F " : "I ", full ? .ok : .accent, style: .bold)
            let local = Span("local " + run.localText, .muted)
            if 2 + DisplayWidth.width(of: run.scheduleText) + 2 + local.width <= width {
                lines.append([mark, Span(run.scheduleText + "  "), local])
            } else {
                lines += [[mark, Span(run.scheduleText)], [Span("  "), local]]
            }
        }
        if review.nextRuns.isEmpty { lines.append([Span("No runs scheduled.", .warning)]) }
        if let gap = review.longestFullGapDays {
            lines.append([Span("Longest gap between full backups: ", .muted), Span("\(gap) day\(gap == 1 ? "" : "s")", gap > 7 ? .warning : .normal)])
        }
        return lines
    }

    private func changes(_ review: ReviewState, width: Int) -> [[Span]] {
        guard wizard.isModify else { return [] }
        var lines: [[Span]] = [[], PaneText.heading("Changes")]
        if review.changes.isEmpty { lines.append([Span("Nothing changes.", .muted)]) }
        for change in review.changes {
            let values = [Span(change.old ?? "(absent)", .error), Span(ascii ? " -> " : " → ", .muted), Span(change.new ?? "(removed)", .ok)]
            let oneLine = [Span(change.path + ": ", .muted)] + values
            if oneLine.reduce(0, { $0 + $1.width }) <= width {
                lines.append(oneLine)
            } else {
                lines += PaneText.wrapped(change.path + ":", role: .muted, width: width)
                lines.append([Span("  ")] + values)
            }
        }
        return lines
    }
}
