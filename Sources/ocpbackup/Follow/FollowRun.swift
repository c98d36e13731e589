import Foundation
import OCPAPI

/// `--follow` of `task show`, `task retry` and `backup now`: follows the task, then says how it
/// ended, with the failed step, its message and its log's last lines when it failed.
enum FollowRun {
    /// Lines of the failed step's log printed at the end.
    static let logLines = 20

    /// Follows task `id` from `first` (already read) for at most `timeout`.
    /// - Throws: exit 1 when the task failed (after printing where), exit 3 when it still runs
    ///   at the timeout or when reading it stopped working; the task itself goes on at OCP.
    static func run(
        _ session: ClientSession, id: Int64, first: OCPResponse<TaskInstance>, timeout: Duration, display: ProgressDisplay = .standard()
    ) async throws(CommandFailure) {
        let started = ContinuousClock.now
        let client = session.client
        let follower = TaskFollower(
            read: { () async throws(OCPAPIError) in try await client.taskInstance(id: id) },
            sleep: { try await Task.sleep(for: $0) }, elapsed: { ContinuousClock.now - started }, display: display, timeout: timeout)
        let again = "ocpbackup task show \(id) --follow"
        let outcome: TaskFollower.Outcome
        do {
            outcome = try await follower.follow(from: first)
        } catch {
            display.finish()
            throw CommandFailure(
                message: "error: \(error.summary)\n  Following stopped; the task goes on at OCP. Follow it again with: \(again)",
                exitCode: error.exitCode)
        }
        switch outcome {
        case .timedOut(let answer):
            throw CommandFailure(
                message: "error: task \(id) still runs (\(TaskReport.statusText(answer.value))) after following it for "
                    + "\(DurationText.precise(Double(timeout.components.seconds))); it goes on at OCP. Follow it again with: \(again)",
                exitCode: 3)
        case .ended(let answer):
            try await report(session, answer: answer)
        }
    }

    /// Prints how the task ended.
    /// - Throws: exit 1 when it did not succeed.
    static func report(_ session: ClientSession, answer: OCPResponse<TaskInstance>) async throws(CommandFailure) {
        let task = answer.value
        let times = LocalTimeText(now: answer.serverTime?.date ?? Date())
        let duration = TaskListTable.elapsed(from: task.startTime ?? task.createTime, to: task.finishTime, running: false, now: times.now)
        let took = duration.map { " in \(DurationText.precise($0))" } ?? ""
        switch task.statusClass {
        case .succeeded:
            print("Task \(task.id) succeeded\(took).")
        case .failed:
            var text = "Task \(task.id) failed\(took)."
            if let step = TaskProgress(task).failurePoint {
                let log = try await session.call { client throws(OCPAPIError) in
                    try await StepLog.read(client, taskId: task.id, subtask: step, lines: logLines)
                }
                text += "\n" + TaskReport.logSection(log, failed: true)
            }
            print(text)
            throw CommandFailure(
                message: "error: task \(task.id) failed; after fixing the cause, retry it with: ocpbackup task retry \(task.id)", exitCode: 1)
        default:
            print("Task \(task.id) ended as \(TaskReport.statusText(task)).")
            throw CommandFailure(
                message: "error: task \(task.id) ended in a state this tool does not know as success; see: ocpbackup task show \(task.id)",
                exitCode: 1)
        }
    }
}
