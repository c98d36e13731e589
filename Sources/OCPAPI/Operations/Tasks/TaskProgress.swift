import Foundation

/// How far a task is, derived from its subtasks (OCP has no progress field): done of all
/// (a skipped step counts as done), the running steps (several when parallel) and the failed
/// ones, each in execution order.
public struct TaskProgress: Sendable, Hashable {
    /// Steps done: succeeded or skipped.
    public var done: Int
    /// All steps.
    public var total: Int
    /// The steps running now.
    public var running: [Subtask]
    /// The steps that failed.
    public var failed: [Subtask]
    /// Whether the execution order behind `running` and `failed` is a guess.
    public var isApproximate: Bool

    /// The progress of ordered steps.
    public init(_ order: SubtaskOrder) {
        done = order.subtasks.filter(\.isDone).count
        total = order.subtasks.count
        running = order.subtasks.filter { $0.statusClass == .running && !$0.isDone }
        failed = order.subtasks.filter { $0.statusClass == .failed && $0.operation != .skip }
        isApproximate = order.isApproximate
    }

    /// The progress of a task.
    public init(_ task: TaskInstance) { self.init(SubtaskOrder(task)) }

    /// `done / total`, 0 for a task without steps.
    public var fraction: Double { total == 0 ? 0 : Double(done) / Double(total) }

    /// The first running step.
    public var current: Subtask? { running.first }

    /// The first failed step: where the task stopped.
    public var failurePoint: Subtask? { failed.first }
}

extension Subtask {
    /// How long the step ran: to its finish, or to `now` while it runs; `nil` before it started.
    public func elapsed(now: Date) -> TimeInterval? {
        guard let start = startTime?.date else { return nil }
        let end = finishTime?.date ?? (statusClass == .running ? now : nil)
        return end.map { max(0, $0.timeIntervalSince(start)) }
    }
}
