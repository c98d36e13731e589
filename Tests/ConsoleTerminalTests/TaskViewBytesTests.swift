import ConsoleCore
import ConsoleTerminal
import ConsoleUI
import Foundation
import OCPAPI
import Testing

extension TerminalTests {
    /// The bytes a running task's refresh sends through ncurses: nothing when the task did not
    /// change, and no more than the text of the rows that did when a step moved on.
    @Suite struct TaskViewBytesTests {
        static let sizes = [Size(rows: 24, columns: 80), Size(rows: 50, columns: 200)]
        static let names = ["Check if ready to data backup", "Start data backup", "Wait data backup finished", "Check data backup result"]

        /// A running backup: `done` steps succeeded, the next running, the rest pending; OCP
        /// answered `seconds` after it started.
        static func task(done: Int, at seconds: Double) -> Served<TaskInstance> {
            let start = ConsoleScene.now
            let steps: [Subtask] = (0..<4).map { index in
                let status: SubtaskStatus = index < done ? .successful : index == done ? .running : .pending
                var step = Subtask(
                    id: Int64(10 + index), name: names[index], status: status, operation: .execute, upstreams: index == 0 ? [] : [Int64(9 + index)])
                if status != .pending { step.startTime = OCPTimestamp(raw: stamp(start.addingTimeInterval(Double(index) * 60))) }
                if status == .successful { step.finishTime = OCPTimestamp(raw: stamp(start.addingTimeInterval(Double(index) * 60 + 50))) }
                return step
            }
            var task = TaskInstance(id: 7, name: "Full data backup", status: .running, subtasks: steps)
            task.startTime = OCPTimestamp(raw: stamp(start))
            return Served(task, answeredAt: start.addingTimeInterval(seconds))
        }

        static func stamp(_ date: Date) -> String {
            let formatter = ISO8601DateFormatter()
            formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
            return formatter.string(from: date)
        }

        static let log =
            "############{EXECUTE}{2026-11-20T20:00:00+08:00}############\n"
            + (0..<200).map { "2026-11-20 20:00:\(String(format: "%02d", $0 % 60)).000 INFO copying macro block \($0)" }.joined(separator: "\n")

        @Test(arguments: sizes) func aRefreshWritesOnlyWhatTheTaskChanged(size: Size) throws {
            let file = try ScreenFile(size: size)
            var scene = ConsoleScene(size: size, clusters: 10)
            scene.send(.task(.open(clusterId: 1, taskId: 7)))
            scene.send(.task(.loaded(view: 1, .success(Self.task(done: 1, at: 90)))))
            scene.send(.task(.logLoaded(view: 1, subtaskId: 11, .success(TaskLogText(Self.log)))))
            let same = ConsoleTransitionBytesTests.transition(file, &scene) {
                $0.send(.task(.pollDue(view: 1)))
                $0.send(.task(.loaded(view: 1, .success(Self.task(done: 1, at: 90)))))
                $0.send(.task(.logLoaded(view: 1, subtaskId: 11, .success(TaskLogText(Self.log)))))
            }
            #expect(same.bytes == 0, "\(size): a refresh that finds nothing new writes nothing")
            let later = ConsoleTransitionBytesTests.transition(file, &scene) {
                $0.send(.task(.loaded(view: 1, .success(Self.task(done: 1, at: 100)))))
            }
            #expect(later.bytes > 0 && Double(later.bytes) <= 1.25 * Double(later.text), "\(size) running time: \(later)")
            let moved = ConsoleTransitionBytesTests.transition(file, &scene) {
                $0.send(.task(.loaded(view: 1, .success(Self.task(done: 2, at: 130)))))
            }
            #expect(moved.bytes > 0 && Double(moved.bytes) <= 1.25 * Double(moved.text), "\(size) a step moved on: \(moved)")
        }
    }
}
