import Foundation
import OCPAPI

/// Follows a task until it leaves RUNNING: reads it, shows its progress, waits (1 s, then 2,
/// 3, 5 s while nothing changes; 1 s again after a change), for at most `timeout` in all.
/// The clock and the waits are injected, so a test follows a task without waiting.
struct TaskFollower: Sendable {
    /// How a follow ended.
    enum Outcome: Sendable {
        /// The task left RUNNING; the last answer.
        case ended(OCPResponse<TaskInstance>)
        /// `timeout` passed while it ran; the last answer.
        case timedOut(OCPResponse<TaskInstance>)
    }

    /// The waits between reads while nothing changes; the last repeats.
    static let intervals: [Duration] = [.seconds(1), .seconds(2), .seconds(3), .seconds(5)]

    /// Reads the task (a GET, retried as every GET).
    var read: @Sendable () async throws(OCPAPIError) -> OCPResponse<TaskInstance>
    /// Waits.
    var sleep: @Sendable (Duration) async throws -> Void
    /// Time since following began, on a monotonic clock.
    var elapsed: @Sendable () -> Duration
    /// Where progress goes.
    var display: ProgressDisplay
    /// The longest follow.
    var timeout: Duration

    /// Follows from `first` (the answer already read) until the task ends or `timeout` passes.
    func follow(from first: OCPResponse<TaskInstance>) async throws(OCPAPIError) -> Outcome {
        var answer = first
        var step = 0
        var lastKey: String?
        while true {
            let (line, key) = Self.progressLine(answer.value, now: answer.serverTime?.date ?? Date())
            display.show(line, key: key)
            guard Self.isUnderWay(answer.value) else {
                display.finish()
                return .ended(answer)
            }
            step = key == lastKey ? min(step + 1, Self.intervals.count - 1) : 0
            lastKey = key
            let wait = Self.intervals[step]
            guard elapsed() + wait <= timeout else {
                display.finish()
                return .timedOut(answer)
            }
            do {
                try await sleep(wait)
            } catch {
                throw OCPAPIError(kind: .cancelled, message: "Following the task was cancelled.")
            }
            answer = try await read()
        }
    }

    /// Whether the task is still going: running, or queued.
    static func isUnderWay(_ task: TaskInstance) -> Bool { task.statusClass == .running || task.statusClass == .pending }

    /// The progress line at OCP's `now`, and what in it counts as a change (all but the clock).
    static func progressLine(_ task: TaskInstance, now: Date) -> (line: String, key: String) {
        let progress = TaskProgress(task)
        let state = TaskReport.statusText(task)
        let steps = TaskReport.progressText(progress)
        let key = "\(state) \(steps)"
        let running = task.statusClass == .running
        let duration = TaskListTable.elapsed(from: task.startTime ?? task.createTime, to: task.finishTime, running: running, now: now)
        let clock = duration.map { "; " + DurationText.precise($0) + (running ? " so far" : "") } ?? ""
        return ("Task \(task.id) \(state): \(steps)\(clock)", key)
    }
}
