import Foundation
import OCPAPI
import Testing

/// Subtasks in execution order, progress, the current and the failed step, worked by hand.
struct SubtaskOrderTests {
    func step(
        _ id: Int64, _ name: String, _ status: SubtaskStatus = .pending, after upstreams: [Int64]? = [], start: String? = nil,
        parallel: Int? = -1, operation: TaskOperation? = .execute
    ) -> Subtask {
        Subtask(
            id: id, name: name, status: status, operation: operation, upstreams: upstreams, startTime: start.map(OCPTimestamp.init(raw:)),
            parallelIdx: parallel)
    }

    @Test func theOfficialSampleListedOutOfOrder() throws {
        let task = try OCPJSON.decoder().decode(TaskInstance.self, from: Data(OperationSamples.taskInstance.utf8))
        let order = SubtaskOrder(task)
        #expect(order.subtasks.map(\.name) == ["Prepare", "Uninstall", "Install", "Finish"], "seriesId says 3, 2, 0, 1")
        #expect(!order.isApproximate)
        let progress = TaskProgress(task)
        #expect(progress.done == 1 && progress.total == 4 && progress.fraction == 0.25)
        #expect(progress.current?.name == "Uninstall" && progress.failurePoint == nil)
    }

    @Test func parallelStepsBreakTiesByStartThenIndexThenId() {
        let steps = [
            step(9, "join", after: [5, 6, 7]), step(7, "c", .running, after: [1], start: "2024-01-01T00:00:10Z", parallel: 2),
            step(6, "b", .running, after: [1], start: "2024-01-01T00:00:05Z", parallel: 1), step(5, "a", after: [1], parallel: 0),
            step(1, "root", .successful, after: [], start: "2024-01-01T00:00:00Z"),
        ]
        let order = SubtaskOrder(steps)
        #expect(order.subtasks.map(\.name) == ["root", "b", "c", "a", "join"], "started ones first, then by parallel index")
        let progress = TaskProgress(order)
        #expect(progress.running.map(\.name) == ["b", "c"])
    }

    @Test func downstreamsAloneDescribeTheGraph() {
        var first = step(3, "first", after: nil)
        first.downstreams = [1]
        var second = step(1, "second", after: nil)
        second.downstreams = [2]
        let third = step(2, "third", after: nil)
        let order = SubtaskOrder([third, second, first])
        #expect(order.subtasks.map(\.name) == ["first", "second", "third"] && !order.isApproximate)
    }

    @Test func withoutAGraphTheOrderIsByStartTimeAndApproximate() {
        let order = SubtaskOrder([
            step(3, "late", after: nil, start: "2024-01-01T00:00:09Z"), step(1, "unstarted", after: nil),
            step(2, "early", after: nil, start: "2024-01-01T00:00:01Z"),
        ])
        #expect(order.subtasks.map(\.name) == ["early", "late", "unstarted"] && order.isApproximate)
    }

    @Test func aCycleOrAnUpstreamOutsideTheTaskMakesItApproximate() {
        let cyclic = SubtaskOrder([step(1, "a", after: [3]), step(2, "start", after: []), step(3, "b", after: [1])])
        #expect(cyclic.subtasks.map(\.name) == ["start", "a", "b"] && cyclic.isApproximate, "the cycle follows by id")
        let dangling = SubtaskOrder([step(2, "b", after: [1]), step(1, "a", after: [99])])
        #expect(dangling.subtasks.map(\.name) == ["a", "b"] && dangling.isApproximate)
        let selfLoop = SubtaskOrder([step(1, "a", after: [1])])
        #expect(selfLoop.isApproximate)
        #expect(!SubtaskOrder([]).isApproximate && !SubtaskOrder([step(1, "alone", after: nil)]).isApproximate)
    }

    @Test func skippedStepsCountAsDoneAndTheFailedStepIsTheFailurePoint() {
        let steps = [
            step(1, "check", .successful, after: []), step(2, "compact", .failed, after: [1], operation: .skip),
            step(3, "copy", .failed, after: [2]), step(4, "close", after: [3]), step(3, "duplicate id", after: []),
        ]
        let progress = TaskProgress(SubtaskOrder(steps))
        #expect(progress.total == 4, "a repeated id counts once")
        #expect(progress.done == 2 && progress.failurePoint?.name == "copy" && progress.failed.count == 1 && progress.current == nil)
        #expect(TaskProgress(TaskInstance(id: 1)).fraction == 0)
    }

    @Test func elapsedOfAStep() throws {
        var finished = step(1, "a", .successful, start: "2024-01-01T00:00:00Z")
        finished.finishTime = OCPTimestamp(raw: "2024-01-01T00:02:05Z")
        let now = Date(timeIntervalSince1970: 1_704_067_500)
        #expect(finished.elapsed(now: now) == 125)
        #expect(step(2, "b", .running, start: "2024-01-01T00:00:00Z").elapsed(now: now) == 300)
        #expect(step(3, "c").elapsed(now: now) == nil)
    }
}
