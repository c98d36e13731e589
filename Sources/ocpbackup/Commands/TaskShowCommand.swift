import ArgumentParser
import Foundation
import OCPAPI

/// `ocpbackup task show TASK [--follow] [--log] [--subtask ID] [--lines N]`.
struct TaskShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show a task: its steps in execution order with their durations, its progress, where it failed and why.",
        discussion: """
            A failed task shows its failed step with OCP's message and the last lines of that step's log. --log shows the \
            log of the failed step (or of --subtask ID, else the running or the last one). --follow polls while the task \
            runs and exits 0 when it succeeds, 1 when it fails. --output json prints OCP's task (or, with --log, the log) \
            unchanged.
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var following: FollowOptions

    @Argument(help: "The OCP task id.")
    var task: String

    @Flag(help: "Show the log of the failed step (or of --subtask), its last --lines lines.")
    var log = false

    @Option(help: ArgumentHelp("The subtask whose log --log shows (implies --log).", valueName: "id"))
    var subtask: Int64?

    @Option(help: ArgumentHelp("How many lines of the log to show (1–\(StepLog.maximumLines)).", valueName: "n"))
    var lines = 20

    func run() async throws {
        let id = try TaskCommand.id(task)
        guard (1...StepLog.maximumLines).contains(lines) else {
            throw CommandFailure.usage("--lines must be between 1 and \(StepLog.maximumLines); nothing was sent.")
        }
        let timeout = try following.timeout()
        let wantsLog = log || subtask != nil
        let (subtask, lines, format, follow) = (self.subtask, self.lines, output.output, following.follow)
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            let answer = try await session.call { client throws(OCPAPIError) in try await client.taskInstance(id: id) }
            if follow { return try await FollowRun.run(session, id: id, first: answer, timeout: timeout) }
            let step = try Self.step(of: answer.value, subtask: subtask)
            let showLog = wantsLog || answer.value.statusClass == .failed
            let stepLog: OCPResponse<SubtaskLog>? =
                if showLog, let step {
                    try await session.call { client throws(OCPAPIError) in try await client.subtaskLog(taskId: id, subtaskId: step.id) }
                } else { nil }
            if format != .table {
                return try DataPrinter.print(raw: wantsLog ? stepLog?.rawData ?? [] : answer.rawData, format: format)
            }
            let times = LocalTimeText(now: answer.serverTime?.date ?? Date())
            var shown: StepLog?
            if let step, let stepLog { shown = StepLog(subtask: step, log: stepLog.value, lines: wantsLog ? lines : FollowRun.logLines) }
            print(TaskReport.render(answer.value, times: times, log: shown))
        }
    }

    /// The step whose log is shown.
    /// - Throws: a usage failure when `--subtask` names no step of the task.
    static func step(of task: TaskInstance, subtask: Int64?) throws(CommandFailure) -> Subtask? {
        guard let found = StepLog.subtask(of: task, id: subtask) else {
            if let subtask {
                let ids = SubtaskOrder(task).subtasks.map { String($0.id) }.joined(separator: ", ")
                throw .usage("Task \(task.id) has no subtask \(subtask); its subtasks are \(ids.isEmpty ? "none" : ids).")
            }
            return nil
        }
        return found
    }
}
