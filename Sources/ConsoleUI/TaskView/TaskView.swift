import ConsoleCore
import Localization
import OCPAPI

/// The task view, over the panes: a frame titled with the task, its summary, the subtasks in
/// execution order (as many as fit in half the frame, scrolled to keep the shown one in view),
/// and below a rule the shown subtask's log, scrolled as the state says (the tail first).
struct TaskView {
    /// The view.
    let view: TaskViewState
    /// Line set.
    let options: RenderOptions
    /// The console's language.
    let language: Language

    /// Where each part goes in the frame, measured once per frame: the renderer takes the
    /// log's extent from it and draws with it.
    struct Layout {
        /// The frame.
        var frame: Rect
        /// The summary's lines.
        var header: [[Span]]
        /// Every subtask's line.
        var steps: [[Span]]
        /// The first subtask line shown.
        var firstStep: Int
        /// Where the subtask lines go.
        var stepsRect: Rect
        /// The rule above the log.
        var ruleRow: Int
        /// Where the log's lines go.
        var logRect: Rect

        /// The log's extent, when a log is shown.
        func extent(_ view: TaskViewState) -> ScrollExtent? {
            guard let log = view.log else { return nil }
            return ScrollExtent(area: .taskLog, lines: log.content.value?.lineCount ?? 0, rows: logRect.size.rows)
        }
    }

    /// The layout in `rect` (the console's body).
    func layout(rect: Rect) -> Layout {
        let inner = Rect(row: rect.row + 1, column: rect.column + 2, rows: max(0, rect.size.rows - 2), columns: max(0, rect.size.columns - 4))
        let lines = TaskSummaryLines(view: view, ascii: options.isASCII, language: language)
        let header = Array(lines.header(width: inner.size.columns).prefix(max(1, inner.size.rows / 3)))
        let steps = lines.steps(width: inner.size.columns)
        let stepRows = min(steps.count, max(0, inner.size.rows / 2 - header.count))
        let shownIndex = view.order.subtasks.firstIndex { $0.id == view.shownSubtask?.id } ?? 0
        let firstStep = min(max(0, shownIndex - stepRows / 2), max(0, steps.count - stepRows))
        let stepsTop = inner.row + header.count + (steps.isEmpty ? 0 : 1)
        let stepsRect = Rect(row: stepsTop, column: inner.column, rows: stepRows, columns: inner.size.columns)
        let ruleRow = stepsRect.bottom
        let logRect = Rect(row: ruleRow + 1, column: inner.column, rows: max(0, inner.bottom - ruleRow - 1), columns: inner.size.columns)
        return Layout(
            frame: rect, header: header, steps: steps, firstStep: firstStep, stepsRect: stepsRect, ruleRow: ruleRow, logRect: logRect)
    }

    /// Draws the view with `layout` (from ``layout(rect:)``).
    func draw(_ layout: Layout, into screen: inout ScreenBuffer) {
        let rect = layout.frame
        screen.fill(rect)
        screen.box(rect, lines: options.lineSet, role: .accent, title: title)
        let liveText = view.isLive ? (view.task.value == nil ? "" : language.pick(" live ", " 实时 ")) : language.pick(" ended ", " 已结束 ")
        if !liveText.isEmpty {
            screen.put(liveText, row: rect.row, column: rect.right - 2 - DisplayWidth.width(of: liveText), role: view.isLive ? .accent : .muted)
        }
        let inner = Rect(row: rect.row + 1, column: rect.column + 2, rows: rect.size.rows - 2, columns: rect.size.columns - 4)
        for (offset, line) in layout.header.enumerated() {
            screen.put(spans: line, row: inner.row + offset, column: inner.column, maxWidth: inner.size.columns)
        }
        ScrolledText.draw(layout.steps, from: layout.firstStep, into: &screen, rect: layout.stepsRect)
        if layout.steps.count > layout.stepsRect.size.rows, layout.stepsRect.size.rows > 0 {
            let label = ScrolledText.label(start: layout.firstStep, rows: layout.stepsRect.size.rows, count: layout.steps.count, language: language)
            if let label { screen.put(label, row: layout.stepsRect.row - 1, column: inner.column, role: .muted, maxWidth: inner.size.columns) }
        }
        guard view.task.value != nil, layout.ruleRow < inner.bottom else { return }
        screen.horizontalLine(row: layout.ruleRow, column: rect.column + 1, length: rect.size.columns - 2, lines: options.lineSet, role: .border)
        screen.putRepeated(options.lineSet.teeRight, count: 1, row: layout.ruleRow, column: rect.column, style: [], role: .accent)
        screen.putRepeated(options.lineSet.teeLeft, count: 1, row: layout.ruleRow, column: rect.right - 1, style: [], role: .accent)
        screen.put(" \(logTitle) ", row: layout.ruleRow, column: rect.column + 2, role: .header, maxWidth: rect.size.columns - 4)
        drawLog(layout, into: &screen, frame: rect)
    }

    private var title: String {
        let id = view.taskId.map { language.pick("Task \($0)", "任务 \($0)") } ?? language.pick("Task", "任务")
        guard let name = view.task.value?.value.name, !name.isEmpty else { return id }
        return id + " · " + TextSanitizer.singleLine(name)
    }

    private var logTitle: String {
        guard let shown = view.shownSubtask else { return language.pick("Log", "日志") }
        let name = TextSanitizer.singleLine(shown.name ?? language.pick("step \(shown.id)", "步骤 \(shown.id)"))
        let count = shown.runTime ?? 0
        let runs = count > 1 ? language.pick(" (\(count) runs)", "（运行 \(count) 次）") : ""
        return language.pick("Log · ", "日志 · ") + name + runs + (view.chosenSubtaskId == nil ? "" : language.pick(" · chosen", " · 已选"))
    }

    private func drawLog(_ layout: Layout, into screen: inout ScreenBuffer, frame: Rect) {
        let rect = layout.logRect
        guard rect.size.rows > 0 else { return }
        guard let log = view.log else {
            let text =
                view.shownSubtask == nil
                ? language.pick("No subtasks.", "没有子任务。") : language.pick("The step has not started: it has no log yet.", "该步骤尚未开始：还没有日志。")
            screen.put(text, row: rect.row, column: rect.column, role: .muted, maxWidth: rect.size.columns)
            return
        }
        var rows = rect
        if let error = log.content.error {
            let lines = ErrorLines.lines(for: error, width: rect.size.columns, language: language).prefix(2)
            PaneText.draw(
                Array(lines), into: &screen, rect: Rect(row: rect.row, column: rect.column, rows: lines.count, columns: rect.size.columns),
                language: language)
            rows = Rect(row: rect.row + lines.count, column: rect.column, rows: max(0, rect.size.rows - lines.count), columns: rect.size.columns)
        }
        guard let content = log.content.value else {
            if log.content.isLoading { screen.put(language.pick("Reading the log…", "正在读取日志…"), row: rows.row, column: rows.column, role: .muted) }
            return
        }
        guard content.lineCount > 0 else {
            screen.put(language.pick("The log is empty.", "日志为空。"), row: rows.row, column: rows.column, role: .muted, maxWidth: rows.size.columns)
            return
        }
        let start = ScrolledText.start(log.scroll, count: content.lineCount, rows: rect.size.rows)
        let lines = TaskLogLines.lines(
            content, from: start, rows: rows.size.rows, width: rows.size.columns, ascii: options.isASCII, whole: view.showsWholeLogLines)
        ScrolledText.draw(lines, from: 0, into: &screen, rect: rows)
        let label = ScrolledText.label(start: start, rows: rect.size.rows, count: content.lineCount, language: language)
        ScrolledText.drawLabel(label, into: &screen, row: frame.bottom - 1, right: frame.right)
    }
}
