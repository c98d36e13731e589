import ConsoleCore
import Foundation
import Localization
import OCPAPI

/// The review step: the request and where the submission stands stay on top; below them the
/// exact body (pretty-printed, line by line), the next runs, the longest gap between full
/// backups and the diff of an edit scroll together, their position on the frame's border.
struct ReviewLines {
    /// The wizard.
    let wizard: WizardState
    /// Whether to use ASCII marks.
    let ascii: Bool

    /// The wizard's language.
    var language: Language { wizard.language }

    /// Where the parts go in a rectangle: the fixed head, then one column (below 100 cells) or
    /// the body on the left and the schedule, diff and warnings on the right.
    struct Layout {
        /// The lines that stay on top.
        var head: [[Span]]
        /// The scrolling columns and where each goes.
        var columns: [(lines: [[Span]], rect: Rect)]
        /// Rows the scrolling part shows.
        var rows: Int
        /// Lines of the tallest column.
        var count: Int { columns.map(\.lines.count).max() ?? 0 }
        /// The scrolling part's lines and rows.
        var extent: ScrollExtent { ScrollExtent(area: .review, lines: count, rows: rows) }
    }

    /// Draws the review in `rect` with `layout` (from ``layout(rect:before:)``), scrolled to the
    /// wizard's position; the position is written on the row below `rect` (the frame's border),
    /// ending before `frameRight`. Without a layout, `before` and a note that it is being prepared.
    func draw(_ layout: Layout?, into screen: inout ScreenBuffer, rect: Rect, before: [[Span]], frameRight: Int) {
        guard let layout else {
            PaneText.draw(before + [[Span(language.pick("Preparing the review…", "正在准备审阅…"), .muted)]], into: &screen, rect: rect, language: language)
            return
        }
        let headRows = min(layout.head.count, rect.size.rows)
        PaneText.draw(
            layout.head, into: &screen, rect: Rect(row: rect.row, column: rect.column, rows: headRows, columns: rect.size.columns), language: language
        )
        let start = ScrolledText.start(wizard.reviewScroll, count: layout.count, rows: layout.rows)
        for column in layout.columns { ScrolledText.draw(column.lines, from: start, into: &screen, rect: column.rect) }
        ScrolledText.drawLabel(
            ScrolledText.label(start: start, rows: layout.rows, count: layout.count, language: language), into: &screen, row: rect.bottom,
            right: frameRight)
    }

    /// The parts of the review in `rect`.
    func layout(rect: Rect, before: [[Span]]) -> Layout? {
        guard let review = wizard.review else { return nil }
        let width = rect.size.columns
        let head = before + self.head(review, width: width)
        let top = rect.row + min(head.count, max(0, rect.size.rows - 3))
        guard width >= 100 else {
            let lines = [[]] + body(review, width: width) + tail(review, width: width)
            let area = Rect(row: top, column: rect.column, rows: rect.bottom - top, columns: width)
            return Layout(head: head, columns: [(lines, area)], rows: area.size.rows)
        }
        let rows = rect.bottom - top - 1
        let left = width * 11 / 20
        let right = width - left - 2
        return Layout(
            head: head,
            columns: [
                (body(review, width: left), Rect(row: top + 1, column: rect.column, rows: rows, columns: left)),
                (
                    Array(tail(review, width: right).drop { $0.isEmpty }),
                    Rect(row: top + 1, column: rect.column + left + 2, rows: rows, columns: right)
                ),
            ], rows: rows)
    }

    private func head(_ review: ReviewState, width: Int) -> [[Span]] {
        var head: [[Span]] = [[Span(review.requestLine, .accent, style: .bold)]]
        head += SubmissionLines(submission: wizard.submission, isModify: wizard.isModify, language: language).lines(width: width)
        head += wizard.refusal.flatMap { PaneText.wrapped("✗ " + $0, role: .error, width: width) }
        return head
    }

    private func tail(_ review: ReviewState, width: Int) -> [[Span]] {
        schedule(review, width: width) + changes(review, width: width)
            + review.warnings.flatMap { PaneText.wrapped("! " + $0, role: .warning, width: width) }
    }

    /// The body's heading and its pretty-printed lines.
    private func body(_ review: ReviewState, width: Int) -> [[Span]] {
        [PaneText.heading(language.pick("Request body (secrets masked)", "请求体（密钥已遮盖）"))] + JSONLines.lines(review.body, width: width)
    }

    private func schedule(_ review: ReviewState, width: Int) -> [[Span]] {
        var lines: [[Span]] = [[], PaneText.heading(language.pick("Next runs", "接下来的运行"))]
        for run in review.nextRuns {
            let full = run.kind == .full
            let mark = Span(full ? "F " : "I ", full ? .ok : .accent, style: .bold)
            let local = Span(language.pick("local ", "本地 ") + run.localText, .muted)
            if 2 + DisplayWidth.width(of: run.scheduleText) + 2 + local.width <= width {
                lines.append([mark, Span(run.scheduleText + "  "), local])
            } else {
                lines += [[mark, Span(run.scheduleText)], [Span("  "), local]]
            }
        }
        if review.nextRuns.isEmpty { lines.append([Span(language.pick("No runs scheduled.", "没有调度的运行。"), .warning)]) }
        if let gap = review.longestFullGapDays {
            lines.append([
                Span(language.pick("Longest gap between full backups: ", "全量备份之间的最长间隔："), .muted),
                Span(Counted.noun(gap, "day", "days", chinese: "天", in: language), gap > 7 ? .warning : .normal),
            ])
        }
        return lines
    }

    private func changes(_ review: ReviewState, width: Int) -> [[Span]] {
        guard wizard.isModify else { return [] }
        var lines: [[Span]] = [[], PaneText.heading(language.pick("Changes", "修改"))]
        if review.changes.isEmpty { lines.append([Span(language.pick("Nothing changes.", "没有修改。"), .muted)]) }
        for change in review.changes {
            let old = change.old ?? language.pick("(absent)", "（无）")
            let new = change.new ?? language.pick("(removed)", "（已移除）")
            let values = [Span(old, .error), Span(ascii ? " -> " : " → ", .muted), Span(new, .ok)]
            let valuesWidth = values.reduce(0) { $0 + $1.width }
            if DisplayWidth.width(of: change.path) + 2 + valuesWidth <= width {
                lines.append([Span(change.path + ": ", .muted)] + values)
                continue
            }
            lines += PaneText.wrapped(change.path + ":", role: .muted, width: width)
            if 2 + valuesWidth <= width {
                lines.append([Span("  ")] + values)
            } else {
                lines +=
                    labelled(language.pick("was ", "原 "), old, role: .error, width: width)
                    + labelled(language.pick("now ", "新 "), new, role: .ok, width: width)
            }
        }
        return lines
    }

    /// `value` wrapped whole under a label (`  was …`), its further lines indented to the
    /// value: a long value (a storage URI) is never cut.
    private func labelled(_ label: String, _ value: String, role: Role, width: Int) -> [[Span]] {
        let indent = "  " + label
        let hanging = String(repeating: " ", count: indent.count)
        return TextWrap.lines(value, width: max(1, width - indent.count)).enumerated().map { line in
            [Span(line.offset == 0 ? indent : hanging, .muted), Span(line.element, role)]
        }
    }
}
