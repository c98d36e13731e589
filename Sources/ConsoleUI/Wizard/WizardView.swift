import ConsoleCore
import Localization
import OCPAPI

/// The strategy wizard over the panes: step indicator, the step's fields (or the review),
/// refusals and warnings.
struct WizardView {
    /// The wizard.
    let wizard: WizardState
    /// The console.
    let state: ConsoleState
    /// Line set.
    let options: RenderOptions

    /// Draws the wizard in `rect`; on the review step with `review` (from ``reviewLayout(rect:)``).
    func draw(into screen: inout ScreenBuffer, rect: Rect, review: ReviewLines.Layout?) {
        let name = ClusterRow(wizard.options.cluster).name
        let language = state.language
        let title = wizard.isModify ? language.pick("Edit strategy · ", "编辑备份策略 · ") : language.pick("New strategy · ", "新建备份策略 · ")
        screen.box(rect, lines: options.lineSet, role: .accent, title: title + name)
        let inner = Rect(row: rect.row + 1, column: rect.column + 2, rows: rect.size.rows - 2, columns: rect.size.columns - 4)
        screen.put(
            spans: StepIndicator.spans(current: wizard.step, language: language, width: inner.size.columns), row: inner.row, column: inner.column,
            maxWidth: inner.size.columns)
        screen.horizontalLine(row: inner.row + 1, column: rect.column + 1, length: rect.size.columns - 2, lines: options.lineSet)
        let content = Self.content(rect)
        let width = content.size.columns
        var lines = intro(width: width)
        if wizard.step == .review {
            ReviewLines(wizard: wizard, ascii: options.isASCII).draw(review, into: &screen, rect: content, before: lines, frameRight: rect.right)
            return
        }
        let body = FieldLines(wizard: wizard, ascii: options.isASCII).lines(width: width)
        let focusLine = lines.count + body.focusLine
        lines += body.lines
        lines += footer(width: width)
        let start = max(0, min(focusLine - content.size.rows / 2, lines.count - content.size.rows))
        PaneText.draw(Array(lines.dropFirst(start)), into: &screen, rect: content, language: language)
    }

    /// The review laid out for a wizard filling `rect`, measured once per frame; `nil` on other
    /// steps and before the review is built.
    func reviewLayout(rect: Rect) -> ReviewLines.Layout? {
        guard wizard.step == .review else { return nil }
        let content = Self.content(rect)
        return ReviewLines(wizard: wizard, ascii: options.isASCII).layout(rect: content, before: intro(width: content.size.columns))
    }

    /// Below the frame, the step indicator and its rule.
    static func content(_ rect: Rect) -> Rect {
        Rect(row: rect.row + 3, column: rect.column + 2, rows: rect.size.rows - 4, columns: rect.size.columns - 4)
    }

    /// The draft offer and the draft error above the step.
    private func intro(width: Int) -> [[Span]] {
        DraftOfferLines.lines(
            what: Bilingual("strategy", "备份策略"), stepTitle: wizard.draftOffer?.step.title, error: wizard.draftError, language: state.language,
            width: width)
    }

    /// Notice, refusal and warnings below the fields.
    private func footer(width: Int) -> [[Span]] {
        var lines: [[Span]] = []
        if let notice = wizard.stepNotice {
            lines.append([])
            lines += PaneText.wrapped(notice.text(in: state.language), role: .disabled, width: width)
        }
        if !wizard.refusal.isEmpty {
            lines.append([])
            lines.append([Span(state.language.pick("Next refused:", "无法进入下一步："), .error, style: .bold)])
            lines += wizard.refusal.flatMap { PaneText.wrapped("• " + $0, role: .error, width: width, indent: "  ") }
        }
        if !wizard.warnings.isEmpty {
            lines.append([])
            lines += wizard.warnings.flatMap { PaneText.wrapped("! " + $0, role: .warning, width: width) }
        }
        return lines
    }
}
