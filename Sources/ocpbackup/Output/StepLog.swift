import ConsoleUI
import Foundation
import OCPAPI

/// The end of one subtask's log as a person reads it: the last lines of its last run, made safe
/// to print and cut to a bounded width (a log may be many megabytes, a line thousands of
/// characters), and the error message OCP wrote last.
struct StepLog: Sendable {
    /// The widest line shown, in terminal cells.
    static let lineWidth = 300
    /// The most lines `--lines` may ask for.
    static let maximumLines = 1000

    /// The subtask whose log it is.
    let subtask: Subtask
    /// Its last lines, oldest first.
    let tail: [String]
    /// The message of its last error line, when it has one.
    let message: String?

    /// The tail of `log` (at most `lines` lines) for `subtask`.
    init(subtask: Subtask, log: SubtaskLog, lines: Int) {
        self.subtask = subtask
        let runLines = log.runs.last?.lines ?? []
        tail = runLines.suffix(max(0, min(lines, Self.maximumLines))).map {
            DisplayWidth.truncate(TextSanitizer.singleLine(String($0)), toWidth: Self.lineWidth)
        }
        message = runLines.last(where: { $0.contains(" ERROR ") }).map { line in
            let text = line.range(of: " : ").map { String(line[$0.upperBound...]) } ?? String(line)
            return DisplayWidth.truncate(TextSanitizer.singleLine(text.trimmingCharacters(in: .whitespaces)), toWidth: Self.lineWidth)
        }
    }

    /// Reads the log of `subtask` of task `taskId`.
    static func read(_ client: OCPClient, taskId: Int64, subtask: Subtask, lines: Int) async throws(OCPAPIError) -> StepLog {
        StepLog(subtask: subtask, log: try await client.subtaskLog(taskId: taskId, subtaskId: subtask.id).value, lines: lines)
    }

    /// The step whose log a task view shows: `id` when given, else where the task failed, else
    /// the step running now, else the last step in execution order.
    static func subtask(of task: TaskInstance, id: Int64?) -> Subtask? {
        let order = SubtaskOrder(task)
        if let id { return order.subtasks.first { $0.id == id } }
        let progress = TaskProgress(order)
        return progress.failurePoint ?? progress.current ?? order.subtasks.last { $0.startTime != nil } ?? order.subtasks.last
    }
}
