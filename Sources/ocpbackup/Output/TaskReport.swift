import ConsoleUI
import Foundation
import OCPAPI

/// A task instance in words: what it is, its status (class and OCP's spelling), times, progress,
/// its subtasks in execution order with their durations, and where it failed.
enum TaskReport {
    /// The whole view: heading fields, the steps, and the log of `log` when given.
    static func render(_ task: TaskInstance, times: LocalTimeText, log: StepLog?) -> String {
        var text = fields(task, times: times) + "\n\n" + steps(task, times: times)
        if let log { text += "\n\n" + logSection(log, failed: log.subtask.statusClass == .failed) }
        return text
    }

    /// The heading fields.
    static func fields(_ task: TaskInstance, times: LocalTimeText) -> String {
        let order = SubtaskOrder(task)
        let progress = TaskProgress(order)
        var list = FieldList()
        list.section("Task \(task.id): \(clipped(task.name ?? "(no name)", 120))")
        if let cluster = task.cluster {
            list.add("Cluster", [cluster.name.map { clipped($0, 80) }, cluster.id.map { "(id \($0))" }].compactMap { $0 }.joined(separator: " "))
        }
        if let tenant = task.tenant?.name { list.add("Tenant", clipped(tenant, 80)) }
        list.add("Status", statusText(task))
        list.add("Type", [task.type?.rawValue, task.creator?.name.map { "started by \($0)" }].compactMap { $0 }.joined(separator: ", "))
        list.add("Started", (task.startTime ?? task.createTime)?.date.map(times.timeWithAge))
        list.add("Finished", task.finishTime?.date.map(times.timeWithAge))
        let running = task.statusClass == .running
        list.add(
            "Duration",
            TaskListTable.durationText(
                TaskListTable.elapsed(from: task.startTime, to: task.finishTime, running: running, now: times.now), running: running))
        list.add("Progress", progressText(progress))
        if order.isApproximate { list.add("Order", "approximate: OCP's answer does not give the order of every step") }
        return list.render()
    }

    /// `running (RUNNING)`.
    static func statusText(_ task: TaskInstance) -> String {
        "\(task.statusClass.rawValue) (\(TextSanitizer.singleLine(task.status?.rawValue ?? "no status")))"
    }

    /// `3 of 7 steps done; running: Wait data backup finished` or `…; failed: Check …`.
    static func progressText(_ progress: TaskProgress) -> String {
        var text = "\(progress.done) of \(progress.total) steps done"
        if !progress.failed.isEmpty { text += "; failed: " + progress.failed.map(stepName).joined(separator: ", ") }
        if !progress.running.isEmpty { text += "; running: " + progress.running.map(stepName).joined(separator: ", ") }
        return text
    }

    /// The steps in execution order.
    static func steps(_ task: TaskInstance, times: LocalTimeText) -> String {
        let subtasks = SubtaskOrder(task).subtasks
        let started = TimeColumn("STARTED", dates: subtasks.map { $0.startTime?.date }, times: times)
        var table = TextTable(headings: ["#", "STEP", "STATE", "STATUS", started.heading, "DURATION", "RUNS", "ID"])
        for (index, step) in subtasks.enumerated() {
            let running = step.statusClass == .running
            table.append([
                String(index + 1), stepName(step), step.operation == .skip ? "skipped" : step.statusClass.rawValue,
                step.status?.rawValue ?? "-", started.cell(step.startTime?.date),
                TaskListTable.durationText(step.elapsed(now: times.now), running: running), step.runTime.map(String.init) ?? "-",
                String(step.id),
            ])
        }
        return table.render()
    }

    /// The failed (or chosen) step's message and log tail.
    static func logSection(_ log: StepLog, failed: Bool) -> String {
        var lines = ["\(failed ? "Failed step" : "Step"): \(stepName(log.subtask)) (subtask \(log.subtask.id))"]
        if failed { lines.append("  Message: " + (log.message ?? "OCP's log names no error; see the lines below")) }
        lines.append(
            log.tail.isEmpty ? "  Its log is empty." : log.tail.count == 1 ? "  Last line of its log:" : "  Last \(log.tail.count) lines of its log:")
        lines += log.tail.map { "    " + $0 }
        return lines.joined(separator: "\n")
    }

    /// The step's name (or description), safe to print and cut short.
    static func stepName(_ step: Subtask) -> String { clipped(step.name ?? step.description ?? "step \(step.id)", 60) }

    /// Server text on one line, cut to `width` cells.
    static func clipped(_ text: String, _ width: Int) -> String { DisplayWidth.truncate(TextSanitizer.singleLine(text), toWidth: width) }
}
