import ConsoleCore
import Foundation
import Localization
import OCPAPI

/// The top of the task view: status, start and duration, progress as done of all, where the
/// task stopped or what runs now; and one line per subtask in execution order. Every server
/// string is sanitized; times are in the view's local offset, durations at OCP's time.
struct TaskSummaryLines {
    /// The view.
    let view: TaskViewState
    /// The line set (ASCII glyphs when it is ASCII).
    let ascii: Bool
    /// The console's language.
    let language: Language

    /// OCP's time of the last answer (else when it arrived), what running durations are
    /// measured to.
    var now: Date? { view.task.value?.answeredAt ?? view.task.loadedAt }

    /// The lines above the subtasks, `width` cells wide.
    func header(width: Int) -> [[Span]] {
        if let failure = view.lookupFailure { return PaneText.wrapped(failure, role: .warning, width: width) }
        guard let served = view.task.value else {
            if let error = view.task.error { return ErrorLines.lines(for: error, width: width, language: language) }
            let text =
                view.taskId == nil
                ? language.pick("Finding the OCP task of this row in the cluster's task list…", "正在集群的任务列表中查找此行对应的 OCP 任务…")
                : language.pick("Reading the task…", "正在读取任务…")
            return [[Span(text, .muted)]]
        }
        let task = served.value
        let order = SubtaskOrder(task)
        let progress = TaskProgress(order)
        var facts: [Span] = [
            Span(StatusGlyph.glyph(task.statusClass, ascii: ascii) + " ", StatusGlyph.role(task.statusClass), style: .bold),
            Span(TextSanitizer.singleLine(task.status?.rawValue ?? "UNKNOWN"), StatusGlyph.role(task.statusClass), style: .bold),
        ]
        if let start = task.startTime?.date {
            facts += [Span(language.pick(" · started ", " · 开始于 "), .muted), Span(TaskTimeText.short(start, offset: view.localOffset))]
            if let seconds = duration(task, start: start) { facts += [Span(" · ", .muted), Span(DurationText.short(seconds, in: language))] }
        }
        facts += [
            Span(" · ", .muted),
            Span(language.pick("\(progress.done) of \(progress.total) steps done", "已完成 \(progress.done)/\(progress.total) 个步骤")),
        ]
        if progress.isApproximate { facts.append(Span(language.pick(" (order approximate)", "（顺序为近似）"), .muted)) }
        var lines: [[Span]] = [facts, bar(progress, width: width)]
        if let error = view.task.error { lines += ErrorLines.lines(for: error, width: width, language: language).prefix(2) }
        if let failed = progress.failurePoint {
            let step = TextSanitizer.singleLine(failed.name ?? language.pick("step \(failed.id)", "步骤 \(failed.id)"))
            var text = language.pick("Failed in \"\(step)\"", "失败于“\(step)”")
            if let message = failureMessage(failed) { text += language.pick(": ", "：") + message }
            let wrapped = TextWrap.lines(text, width: max(1, width - 2))
            lines += wrapped.prefix(2).enumerated().map { index, line in
                [Span(index == 0 ? StatusGlyph.glyph(.failed, ascii: ascii) + " " : "  ", .error, style: .bold), Span(line, .error)]
            }
        } else if let current = progress.current {
            let others = progress.running.count - 1
            let running = others > 0 ? language.pick(" and \(others) more side by side", "，另有 \(others) 个并行") : ""
            let name = TextSanitizer.singleLine(current.name ?? language.pick("step \(current.id)", "步骤 \(current.id)"))
            lines.append([
                Span(StatusGlyph.glyph(.running, ascii: ascii) + " ", .accent, style: .bold), Span(language.pick("Now: ", "当前："), .muted),
                Span(DisplayWidth.truncate(name + running, toWidth: max(1, width - 7))),
            ])
        }
        return lines
    }

    /// How long the task ran: to its finish, or to OCP's time while it may still change.
    private func duration(_ task: TaskInstance, start: Date) -> TimeInterval? {
        if let finish = task.finishTime?.date { return max(0, finish.timeIntervalSince(start)) }
        return now.map { max(0, $0.timeIntervalSince(start)) }
    }

    /// `██████░░░░░░ 43%`, as wide as fits up to 40 cells.
    private func bar(_ progress: TaskProgress, width: Int) -> [Span] {
        let cells = max(4, min(40, width - 6))
        let filled = Int((progress.fraction * Double(cells)).rounded(.down))
        return [
            Span(String(repeating: "█", count: filled), .ok), Span(String(repeating: "░", count: cells - filled), .muted),
            Span(" \(Int((progress.fraction * 100).rounded(.down)))%"),
        ]
    }

    /// The failed step's message: the last line of its log, when that log is the one read.
    private func failureMessage(_ failed: Subtask) -> String? {
        guard view.log?.subtaskId == failed.id, let log = view.log?.content.value, log.lineCount > 0,
            let line = log.lines(from: log.lineCount - 1, count: 1).first
        else { return nil }
        return TaskLogText.message(TextSanitizer.singleLine(log.text(of: line, maxBytes: 600)))
    }

    /// The widest a step's name is drawn, so its time stays next to it on a wide screen.
    static let nameColumn = 60

    /// One line per subtask in execution order, the shown one marked.
    func steps(width: Int) -> [[Span]] {
        let shown = view.shownSubtask?.id
        return view.order.subtasks.map { step in
            let marker = Span(step.id == shown ? (ascii ? ">" : "›") : " ", .accent, style: .bold)
            let seconds = now.flatMap { step.elapsed(now: $0) }.map { DurationText.short($0, in: language) } ?? ""
            let count = step.runTime ?? 0
            let runs = count > 1 ? language.pick("\(count) runs  ", "运行 \(count) 次  ") : ""
            let right = runs + seconds
            let nameWidth = max(1, min(Self.nameColumn, width - 4 - DisplayWidth.width(of: right) - 1))
            let name = DisplayWidth.pad(
                DisplayWidth.truncate(TextSanitizer.singleLine(step.name ?? language.pick("step \(step.id)", "步骤 \(step.id)")), toWidth: nameWidth),
                toWidth: nameWidth)
            let role: Role = step.id == shown ? .accent : step.statusClass == .failed ? .error : .normal
            return [marker, StatusGlyph.span(for: step, ascii: ascii), Span(" "), Span(name, role), Span(" "), Span(right, .muted)]
        }
    }
}
