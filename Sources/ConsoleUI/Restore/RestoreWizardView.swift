import ConsoleCore
import Localization
import OCPAPI

/// The restore wizard over the panes: the steps, the step's lines (kept around the focus, or
/// scrolled on the preview and the review), the draft offer and the refusals.
struct RestoreWizardView {
    /// The wizard.
    let wizard: RestoreWizardState
    /// Line set.
    let options: RenderOptions

    /// The step laid out in a rectangle: lines that stay, lines that move, and how.
    struct Layout {
        /// Lines on top that do not scroll.
        var head: [[Span]]
        /// The rest.
        var body: [[Span]]
        /// The line to keep in view on a step that does not scroll.
        var focusLine: Int
        /// Where the body goes.
        var rect: Rect
        /// Whether the body scrolls with the wizard's position (the preview and the review).
        var scrolls: Bool
        /// The scrolling part's extent, on the steps that scroll.
        var extent: ScrollExtent? { scrolls ? ScrollExtent(area: .review, lines: body.count, rows: rect.size.rows) : nil }
    }

    /// Draws the wizard in `rect` with `layout` (from ``layout(rect:)``).
    func draw(into screen: inout ScreenBuffer, rect: Rect, layout: Layout) {
        let name = ClusterRow(ClusterSummary(wizard.source)).name
        screen.box(rect, lines: options.lineSet, role: .accent, title: "Restore · " + name)
        let inner = Rect(row: rect.row + 1, column: rect.column + 2, rows: rect.size.rows - 2, columns: rect.size.columns - 4)
        let steps = RestoreWizardStep.allCases
        screen.put(
            spans: StepIndicator.spans(
                titles: steps.map { $0.title.text(in: wizard.language) }, current: steps.firstIndex(of: wizard.step) ?? 0, width: inner.size.columns),
            row: inner.row, column: inner.column, maxWidth: inner.size.columns)
        screen.horizontalLine(row: inner.row + 1, column: rect.column + 1, length: rect.size.columns - 2, lines: options.lineSet)
        let content = Self.content(rect)
        PaneText.draw(
            layout.head, into: &screen,
            rect: Rect(row: content.row, column: content.column, rows: min(layout.head.count, content.size.rows), columns: content.size.columns),
            language: wizard.language)
        guard layout.scrolls else {
            let rows = layout.rect.size.rows
            let start = max(0, min(layout.focusLine - rows / 2, layout.body.count - rows))
            PaneText.draw(Array(layout.body.dropFirst(start)), into: &screen, rect: layout.rect, language: wizard.language)
            return
        }
        let start = ScrolledText.start(wizard.reviewScroll, count: layout.body.count, rows: layout.rect.size.rows)
        ScrolledText.draw(layout.body, from: start, into: &screen, rect: layout.rect)
        ScrolledText.drawLabel(
            ScrolledText.label(start: start, rows: layout.rect.size.rows, count: layout.body.count, language: wizard.language), into: &screen,
            row: rect.bottom - 1,
            right: rect.right)
    }

    /// The step's lines for a wizard filling `rect`, built once per frame.
    func layout(rect: Rect) -> Layout {
        let content = Self.content(rect)
        let width = content.size.columns
        var head = intro(width: width)
        var body: [[Span]]
        var focusLine = 0
        let lines = RestoreReviewLines(wizard: wizard, ascii: options.isASCII)
        switch wizard.step {
        case .source:
            (body, focusLine) = RestoreSourceLines(wizard: wizard, ascii: options.isASCII).lines(width: width)
        case .pointInTime:
            (body, focusLine) = RestoreTimeLines(wizard: wizard, ascii: options.isASCII).lines(width: width)
        case .target:
            (body, focusLine) = RestoreTargetLines(wizard: wizard, ascii: options.isASCII).lines(width: width)
        case .tenantName:
            body = RestoreResourceLines(wizard: wizard, ascii: options.isASCII).nameLines(width: width)
        case .resources:
            (body, focusLine) = RestoreResourceLines(wizard: wizard, ascii: options.isASCII).resourceLines(width: width)
        case .preview:
            body = lines.previewLines(width: width)
        case .review:
            head += lines.reviewHead(width: width)
            body = lines.reviewBody(width: width)
        case .confirm:
            body = lines.confirmLines(width: width)
        }
        if wizard.step != .confirm { body += footer(width: width) }
        let top = content.row + min(head.count, max(0, content.size.rows - 3))
        return Layout(
            head: head, body: body, focusLine: focusLine, rect: Rect(row: top, column: content.column, rows: content.bottom - top, columns: width),
            scrolls: wizard.step.scrolls)
    }

    /// Below the frame, the step indicator and its rule.
    static func content(_ rect: Rect) -> Rect {
        Rect(row: rect.row + 3, column: rect.column + 2, rows: rect.size.rows - 4, columns: rect.size.columns - 4)
    }

    private func intro(width: Int) -> [[Span]] {
        DraftOfferLines.lines(
            what: Bilingual("restore", "恢复"), stepTitle: wizard.draftOffer?.step.title, error: wizard.draftError, language: wizard.language,
            width: width)
    }

    private func footer(width: Int) -> [[Span]] {
        guard !wizard.refusal.isEmpty, wizard.nearest == nil else { return [] }
        var lines: [[Span]] = [[], [Span("Next refused:", .error, style: .bold)]]
        lines += wizard.refusal.flatMap { PaneText.wrapped("• " + $0, role: .error, width: width, indent: "  ") }
        return lines
    }
}
