import Foundation
import OCPAPI

@testable import ConsoleCore

/// Task instances for the task view and the operations: a chain of steps, each after the one
/// before, started a minute apart from `Fixtures.now` minus ten minutes.
enum TaskFixtures {
    static let taskId: Int64 = 3_000_101
    static let names = ["Check if ready to data backup", "Start data backup", "Wait data backup finished", "Check data backup result"]

    /// The step `index` of a task's chain.
    static func stepId(_ index: Int, of taskId: Int64 = taskId) -> Int64 { taskId * 10 + Int64(index) }

    /// A task whose steps have `statuses` (in execution order), listed out of order.
    static func task(_ id: Int64 = taskId, status: TaskInstanceStatus, steps statuses: [SubtaskStatus]) -> TaskInstance {
        let start = Fixtures.now.addingTimeInterval(-600)
        let steps: [Subtask] = statuses.enumerated().map { index, status in
            var step = Subtask(
                id: stepId(index, of: id), name: names[index % names.count], status: status, operation: .execute,
                upstreams: index == 0 ? [] : [stepId(index - 1, of: id)])
            if status != .pending {
                step.startTime = OCPTimestamp(raw: iso(start.addingTimeInterval(Double(index) * 60)))
                step.runTime = 1
            }
            if status == .successful || status == .failed {
                step.finishTime = OCPTimestamp(raw: iso(start.addingTimeInterval(Double(index) * 60 + 30)))
            }
            return step
        }
        var task = TaskInstance(id: id, name: "Full data backup", status: status, subtasks: steps.reversed())
        task.cluster = TaskClusterReference(id: 1, name: "alpha")
        task.startTime = OCPTimestamp(raw: iso(start))
        return task
    }

    /// `task` as OCP answered it at `Fixtures.now`.
    static func served(_ task: TaskInstance) -> Served<TaskInstance> { Served(task, answeredAt: Fixtures.now) }

    static func iso(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        return formatter.string(from: date)
    }
}
