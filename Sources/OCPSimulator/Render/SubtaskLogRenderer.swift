import Foundation
import OCPAPI

/// The log of a simulated subtask as OCP writes it: per run a banner
/// `############{EXECUTE}{time}############`, then server log lines, each followed by an empty
/// line. A running step's log grows with the clock (a progress line per simulated minute). In
/// the hostile fleet the lines carry hostile strings, and the first cluster's copy step writes
/// a log of 10 MB.
enum SubtaskLogRenderer {
    /// The size of the hostile fleet's big log, bytes.
    static let bigLogBytes = 10 << 20

    /// The log of step `step` of `task` in `world`.
    static func log(_ task: SimulatedTask, step: Int, in world: ClusterWorld) -> String {
        let time = TimeText(offset: world.utcOffsetSeconds)
        let hostile = world.fixtureSet == .hostile
        let state = task.timeline.steps(at: world.now)[step]
        let planned = task.timeline.plan[step]
        let subtaskId = TaskIdentifiers.subtask(task.id, step: step)
        let thread = "[pool-subtask-executor-thread-\(12 + step),\(task.id),\(subtaskId)]"
        let source = planned.name.split(separator: " ").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
        var text = ""
        func line(_ at: Date, _ level: String, _ message: String) {
            text += "\(time.logLine(at)) \(level) 57200 --- \(thread) c.o.o.t.\(source) : \(message)\n\n"
        }
        for execution in state.executions {
            text += "############{\(execution.operation.rawValue)}{\(time.trimmed(execution.start).raw)}############\n"
            line(execution.start.addingTimeInterval(0.019), "INFO", "Run subtask, id=\(subtaskId), name=\(planned.name)")
            if hostile { line(execution.start.addingTimeInterval(0.5), "WARN", HostileCorpus.string(world.ordinal + step)) }
            let upTo = min(world.now, execution.end)
            var tick = execution.start.addingTimeInterval(60)
            while tick < upTo {
                let percent = Int(tick.timeIntervalSince(execution.start) / max(1, planned.duration) * 100)
                line(tick, "INFO", "\(planned.name): \(min(percent, 99))% done")
                tick = tick.addingTimeInterval(60)
            }
            guard world.now >= execution.end else { continue }
            if execution.failed {
                let message = task.timeline.failure?.message ?? "failed"
                line(execution.end, "ERROR", "Subtask failed, id=\(subtaskId): \(message)")
            } else {
                line(execution.end, "INFO", "Subtask finished, id=\(subtaskId), elapsed \(Int(planned.duration * 1000)) ms")
            }
        }
        if hostile, world.ordinal == 0, planned.name == "Wait data backup finished", !state.executions.isEmpty {
            text += bigLog(start: state.executions[0].start, time: time)
        }
        return text
    }

    /// Hostile lines until the log passes 10 MB.
    static func bigLog(start: Date, time: TimeText) -> String {
        var text = ""
        text.reserveCapacity(bigLogBytes + 4096)
        var number = 0
        while text.utf8.count < bigLogBytes {
            let stamp = time.logLine(start.addingTimeInterval(Double(number) / 100))
            text += "\(stamp) DEBUG 57200 --- [copy-worker-\(number % 8)] c.o.o.t.Copy : chunk \(number) \(HostileCorpus.string(number))\n"
            number += 1
        }
        return text
    }
}
