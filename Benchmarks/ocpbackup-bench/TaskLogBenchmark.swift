import ConsoleCore
import ConsoleUI
import Foundation
import OCPAPI

/// A 10 MB subtask log in the task view, over a fleet of 10,000 clusters: the frame when the
/// log arrives (its index built beforehand, as the effect builds it off the loop) and a page or
/// a line of scrolling, keystroke → frame as `LatencyBenchmark` times it; and, apart, building
/// the index once.
struct TaskLogBenchmark {
    /// The terminal size.
    let size: Size
    /// Measured keystrokes per operation.
    let iterations: Int

    /// About 10 MB of server log lines after a banner.
    static func log() -> String {
        var text = "############{EXECUTE}{2026-11-20T19:44:30.000+08:00}############\n"
        var index = 0
        while text.utf8.count < 10_000_000 {
            text += "2026-11-20 19:44:\(String(format: "%02d", index % 60)).000 INFO 57200 --- [pool-subtask-executor-thread-7,3000101,30001013] "
            text += "c.o.o.b.t.WaitDataBackupTask : copied macro block \(index) of 100000 (tablet 2000\(index % 10), 2 MB)\n\n"
            index += 1
        }
        return text
    }

    /// The rows: arrival, page up, line up, and the index (`off the loop`).
    func run() throws -> [LatencyResult] {
        let session = Fleet.session(clusters: 10_000, size: size, options: RenderOptions(address: "https://ocp.example.com:8080", principal: "admin"))
        let counter = try ScreenCounter(size: size)
        let clock = ContinuousClock()
        let text = Self.log()
        var index = Samples()
        var log = TaskLogText.empty
        for _ in 0..<5 {
            let start = clock.now
            log = TaskLogText(text)
            index.add(clock.now - start)
        }
        let steps = (0..<7).map { step in
            var subtask = Subtask(id: Int64(step), name: "step \(step)", status: step < 3 ? .successful : step == 3 ? .running : .pending)
            subtask.upstreams = step == 0 ? [] : [Int64(step - 1)]
            if step <= 3 { subtask.startTime = OCPTimestamp(raw: "2026-11-20T19:4\(step):00+08:00") }
            return subtask
        }
        let task = Served(TaskInstance(id: 3_000_101, name: "Full data backup", status: .running, subtasks: steps), answeredAt: Fleet.now)
        var arrive = Samples()
        for round in 0..<(iterations / 10 + 5) {
            session.send(.task(.open(clusterId: 1_000_000, taskId: 3_000_101)))
            let view = session.state.taskView?.id ?? 0
            session.send(.task(.loaded(view: view, .success(task))))
            counter.screen.present(session.frame())
            let start = clock.now
            session.send(.task(.logLoaded(view: view, subtaskId: 3, .success(log))))
            counter.screen.present(session.frame())
            if round >= 5 { arrive.add(clock.now - start) }
        }
        func keystrokes(_ key: Key, reset: Key) -> Samples {
            var samples = Samples()
            for round in 0..<(iterations + 20) {
                if round % 50 == 0 {
                    session.press(reset)
                    counter.screen.present(session.frame())
                }
                let start = clock.now
                session.press(key)
                counter.screen.present(session.frame())
                if round >= 20 { samples.add(clock.now - start) }
            }
            return samples
        }
        let page = keystrokes(.pageUp, reset: .end)
        let line = keystrokes(.character("K"), reset: .end)
        func result(_ name: String, _ samples: Samples) -> LatencyResult {
            LatencyResult(
                operation: name, clusters: 10_000, size: "\(size.columns)x\(size.rows)", iterations: samples.count,
                p50Milliseconds: samples.percentile(0.5), p99Milliseconds: samples.percentile(0.99), rowsExamined: nil)
        }
        return [
            result("10 MB task log: it arrives (frame)", arrive), result("10 MB task log: page up (PgUp)", page),
            result("10 MB task log: line up (K)", line), result("10 MB task log: index built \(Self.offTheLoop)", index),
        ]
    }

    /// Marks a figure that is not a keystroke's (the effect builds the index).
    static let offTheLoop = "(off the loop)"
}
