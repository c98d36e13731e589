import ConsoleCore
import Localization

/// Draws a ``ConsoleState`` as a ``ScreenBuffer``: a pure function of the state, the size and
/// the options, so every screen is tested as data.
public enum ConsoleRenderer {
    /// The smallest size the console draws (80×24).
    public static let minimumSize = Size(rows: 24, columns: 80)

    /// Rows the cluster list shows at this size (the app sends
    /// `ConsoleAction.viewportChanged(rows:)` with it).
    public static func listViewportRows(for size: Size) -> Int {
        ConsoleLayout(size: Size(rows: max(size.rows, minimumSize.rows), columns: max(size.columns, minimumSize.columns))).listRows
    }

    /// The lines and rows of the scrollable pane on screen (the task view's log, the review in
    /// the wizard, else the detail pane) at this size; `nil` when nothing scrollable is shown. ``frame(_:size:options:)``
    /// measures it while drawing; this measures without drawing.
    public static func scrollExtent(for state: ConsoleState, size: Size, options: RenderOptions = RenderOptions()) -> ScrollExtent? {
        guard size.contains(minimumSize) else { return nil }
        return Measured(state, layout: layout(state, size: size), options: options).extent
    }

    /// The whole screen for `state` exactly as it is; below 80×24 a "terminal too small" notice.
    public static func render(_ state: ConsoleState, size: Size, options: RenderOptions = RenderOptions()) -> ScreenBuffer {
        draw(state, size: size, options: options, applyingExtent: false).screen
    }

    /// One frame with its layout feedback: the scrollable pane is measured once, `state`'s
    /// position is clamped to that extent before anything is drawn (the hints depend on it),
    /// and the same lines are drawn. The screen is what ``render(_:size:options:)`` draws for the
    /// state after ``ConsoleAction/scrollExtentChanged(_:)`` with the returned extent, so the
    /// caller sends that action (when the state does not hold it yet) and never renders twice.
    public static func frame(_ state: ConsoleState, size: Size, options: RenderOptions = RenderOptions()) -> RenderedFrame {
        draw(state, size: size, options: options, applyingExtent: true)
    }

    private static func layout(_ state: ConsoleState, size: Size) -> ConsoleLayout {
        ConsoleLayout(size: size, detailFocused: state.focus == .detail && state.detailClusterId != nil)
    }

    private static func draw(_ state: ConsoleState, size: Size, options: RenderOptions, applyingExtent: Bool) -> RenderedFrame {
        var screen = ScreenBuffer(size: size)
        guard size.contains(minimumSize) else {
            drawTooSmall(into: &screen, language: state.language)
            if options.isASCII { screen.makeASCII() }
            return RenderedFrame(screen: screen, scrollExtent: nil)
        }
        let layout = layout(state, size: size)
        let measured = Measured(state, layout: layout, options: options)
        var state = state
        if applyingExtent, let extent = measured.extent, !state.scrollPosition(of: extent.area).holds(extent) {
            state.applyScrollExtent(extent)
        }
        HeaderBar.draw(state, options: options, into: &screen, row: layout.headerRow)
        if let taskView = state.taskView, let taskLayout = measured.task {
            TaskView(view: taskView, options: options, language: state.language).draw(taskLayout, into: &screen)
        } else if state.focus == .wizard, let wizard = state.wizard {
            WizardView(wizard: wizard, state: state, options: options).draw(into: &screen, rect: layout.body, review: measured.review)
        } else if state.focus == .restore, let restore = state.restore, let restoreLayout = measured.restore {
            RestoreWizardView(wizard: restore, options: options).draw(into: &screen, rect: layout.body, layout: restoreLayout)
        } else {
            ClusterListPane(state: state, options: options).draw(into: &screen, rect: layout.listPane)
            DetailPane(state: state, options: options).draw(measured.detail, into: &screen, rect: layout.detailPane)
        }
        StatusLines.drawFlash(state, into: &screen, row: layout.flashRow)
        StatusLines.drawHints(KeyMap.standard.hints(in: state), into: &screen, row: layout.hintRow)
        if let dialog = state.dialog {
            let area = dialog == .help ? Rect(row: 1, column: 0, rows: size.rows - 2, columns: size.columns) : layout.body
            DialogView(dialog: dialog, state: state, options: options).draw(into: &screen, area: area)
        }
        if options.isASCII { screen.makeASCII() }
        return RenderedFrame(screen: screen, scrollExtent: measured.extent)
    }

    /// The scrollable pane's content, built once per frame: the task view's layout while a
    /// task is open, the review's layout in the wizard, the restore wizard's step, else the
    /// detail pane's lines.
    private struct Measured {
        var review: ReviewLines.Layout?
        var restore: RestoreWizardView.Layout?
        var detail: DetailPane.Content?
        var task: TaskView.Layout?
        var taskExtent: ScrollExtent?

        init(_ state: ConsoleState, layout: ConsoleLayout, options: RenderOptions) {
            if let view = state.taskView {
                let measured = TaskView(view: view, options: options, language: state.language).layout(rect: layout.body)
                task = measured
                taskExtent = measured.extent(view)
            } else if state.focus == .wizard, let wizard = state.wizard {
                review = WizardView(wizard: wizard, state: state, options: options).reviewLayout(rect: layout.body)
            } else if state.focus == .restore, let wizard = state.restore {
                restore = RestoreWizardView(wizard: wizard, options: options).layout(rect: layout.body)
            } else {
                detail = DetailPane(state: state, options: options).content(rect: layout.detailPane)
            }
        }

        var extent: ScrollExtent? { taskExtent ?? review?.extent ?? restore?.extent ?? detail?.extent }
    }

    /// The notice shown below the minimum size, centred; a pure function of the size.
    static func drawTooSmall(into screen: inout ScreenBuffer, language: Language) {
        let size = screen.size
        guard size.rows > 0, size.columns > 0 else { return }
        let text = language.pick("Terminal too small (needs \(minimumSize), now \(size)).", "终端太小（需要 \(minimumSize)，现在 \(size)）。")
        let lines = TextWrap.lines(text, width: size.columns)
        let shown = Array(lines.prefix(size.rows))
        let top = max(0, (size.rows - shown.count) / 2)
        for (offset, line) in shown.enumerated() {
            screen.putCentered(line, row: top + offset, column: 0, width: size.columns, role: .warning, style: .bold)
        }
    }
}

/// One frame and the layout feedback measured while drawing it.
public struct RenderedFrame: Sendable {
    /// The screen.
    public var screen: ScreenBuffer
    /// The scrollable pane's extent, `nil` when none is shown; the state must hold it
    /// (``ConsoleAction/scrollExtentChanged(_:)``) before the next key is read.
    public var scrollExtent: ScrollExtent?
}
