import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// The task view's reads: it opens on a read, reads again while the task runs (1 s, then
/// longer while nothing changes, back to 1 s after a change), stops when the task ends or the
/// view closes, and drops what arrives for a view that is gone.
@Suite struct TaskViewPollingTests {
    static let id = TaskFixtures.taskId
    static let first = TaskFixtures.task(status: .running, steps: [.successful, .running, .pending, .pending])
    static let moved = TaskFixtures.task(status: .running, steps: [.successful, .successful, .running, .pending])
    static let done = TaskFixtures.task(status: .successful, steps: [.successful, .successful, .successful, .successful])
    static let log = "############{EXECUTE}{2026-11-20T19:51:00+08:00}############\nstep runs\n"

    /// The view right after `open`.
    static func opening(id view: Int = 1, task: Int64 = id) -> TaskViewState {
        var state = TaskViewState(id: view, clusterId: 1, source: .instance(task))
        state.localOffset = Fixtures.localOffset
        state.task.isLoading = true
        return state
    }

    /// `view` after `task` loaded, its log about to be read for step `step`.
    static func loaded(_ view: inout TaskViewState, _ task: TaskInstance, logOf step: Int?, changed: Bool?) {
        view.task = Loadable(value: TaskFixtures.served(task), loadedAt: Fixtures.now)
        if let step {
            let subtask = SubtaskOrder(task).subtasks[step]
            if view.log?.subtaskId != subtask.id { view.log = TaskLogState(subtaskId: subtask.id) }
            view.log?.readFor = SubtaskStamp(subtask)
            view.log?.content.isLoading = true
        }
        if let changed { _ = view.polling.schedule(changed: changed) } else { view.polling.stop() }
    }

    static func logRead(_ view: inout TaskViewState) {
        view.log?.content = Loadable(value: TaskLogText(log), loadedAt: Fixtures.now)
    }

    @Test func readsWhileRunningBackingOffUntilItEnds() async {
        let world = FakeWorld()
        let answers = [Self.first, Self.first, Self.first, Self.first, Self.moved, Self.done].map {
            Result<Served<TaskInstance>, OCPAPIError>.success(TaskFixtures.served($0))
        }
        world.operations.set {
            $0.tasks[Self.id] = answers
            for step in 0..<4 { $0.logs[TaskFixtures.stepId(step)] = .success(SubtaskLog(log: Self.log)) }
        }
        let store = world.store()
        var view = Self.opening()
        await store.send(.task(.open(clusterId: 1, taskId: Self.id))) {
            $0.taskView = view
            $0.nextTaskViewId = 2
        }
        Self.loaded(&view, Self.first, logOf: 1, changed: true)
        await store.receive(.task(.loaded(view: 1, answers[0].mapError(ErrorInfo.init)))) { $0.taskView = view }
        Self.logRead(&view)
        await store.receive(.task(.logLoaded(view: 1, subtaskId: TaskFixtures.stepId(1), .success(TaskLogText(Self.log))))) { $0.taskView = view }
        for round in 1...3 {
            view.task.isLoading = true
            await store.receive(.task(.pollDue(view: 1))) { $0.taskView = view }
            Self.loaded(&view, Self.first, logOf: 1, changed: false)
            await store.receive(.task(.loaded(view: 1, answers[round].mapError(ErrorInfo.init)))) { $0.taskView = view }
            Self.logRead(&view)
            await store.receive(.task(.logLoaded(view: 1, subtaskId: TaskFixtures.stepId(1), .success(TaskLogText(Self.log))))) {
                $0.taskView = view
            }
        }
        #expect(view.polling.pending == .seconds(5), "1 s, then 2, 3 and 5 s while nothing changed")
        view.task.isLoading = true
        await store.receive(.task(.pollDue(view: 1))) { $0.taskView = view }
        Self.loaded(&view, Self.moved, logOf: 2, changed: true)
        await store.receive(.task(.loaded(view: 1, answers[4].mapError(ErrorInfo.init)))) { $0.taskView = view }
        #expect(view.polling.pending == .seconds(1), "a change brings the next read back to 1 s")
        Self.logRead(&view)
        await store.receive(.task(.logLoaded(view: 1, subtaskId: TaskFixtures.stepId(2), .success(TaskLogText(Self.log))))) { $0.taskView = view }
        view.task.isLoading = true
        await store.receive(.task(.pollDue(view: 1))) { $0.taskView = view }
        Self.loaded(&view, Self.done, logOf: 3, changed: nil)
        await store.receive(.task(.loaded(view: 1, answers[5].mapError(ErrorInfo.init)))) { $0.taskView = view }
        Self.logRead(&view)
        await store.receive(.task(.logLoaded(view: 1, subtaskId: TaskFixtures.stepId(3), .success(TaskLogText(Self.log))))) { $0.taskView = view }
        #expect(!view.polling.isActive && store.pendingActions.isEmpty, "an ended task is not read again")
        #expect(world.operations.recorded.sleeps == [.seconds(1), .seconds(2), .seconds(3), .seconds(5), .seconds(1)])
        #expect(world.operations.recorded.taskReads.count == 6)
        store.finish()
    }

    @Test func closingStopsTheReadsAndALateAnswerIsDropped() async {
        let world = FakeWorld()
        world.operations.set { $0.tasks[Self.id] = [.success(TaskFixtures.served(Self.first))] }
        let store = world.store()
        await store.send(.task(.open(clusterId: 1, taskId: Self.id))) {
            $0.taskView = Self.opening()
            $0.nextTaskViewId = 2
        }
        await store.send(.task(.close)) { $0.taskView = nil }
        #expect(store.pendingActions.isEmpty, "closing cancels the read in flight")
        await store.send(.task(.loaded(view: 1, .success(TaskFixtures.served(Self.first)))))
        await store.send(.task(.pollDue(view: 1)))
        await store.send(.task(.logLoaded(view: 1, subtaskId: TaskFixtures.stepId(1), .success(TaskLogText(Self.log)))))
        #expect(world.operations.recorded.taskReads == [Self.id])
        store.finish()
    }

    @Test func anAnswerForAnEarlierOpeningIsDropped() async {
        let world = FakeWorld()
        let other: Int64 = 3_000_102
        world.operations.set {
            $0.tasks[Self.id] = [.success(TaskFixtures.served(Self.first))]
            $0.tasks[other] = [.success(TaskFixtures.served(TaskFixtures.task(other, status: .failed, steps: [.failed, .pending])))]
        }
        let store = world.store()
        await store.send(.task(.open(clusterId: 1, taskId: Self.id))) {
            $0.taskView = Self.opening()
            $0.nextTaskViewId = 2
        }
        await store.send(.task(.open(clusterId: 1, taskId: other))) {
            $0.taskView = Self.opening(id: 2, task: other)
            $0.nextTaskViewId = 3
        }
        await store.send(.task(.loaded(view: 1, .success(TaskFixtures.served(Self.first)))))
        #expect(store.state.taskView?.task.value == nil, "the first opening's answer does not reach the second")
        let failed = TaskFixtures.task(other, status: .failed, steps: [.failed, .pending])
        var view = Self.opening(id: 2, task: other)
        view.task = Loadable(value: TaskFixtures.served(failed), loadedAt: Fixtures.now)
        view.log = TaskLogState(subtaskId: TaskFixtures.stepId(0, of: other))
        view.log?.readFor = SubtaskStamp(SubtaskOrder(failed).subtasks[0])
        view.log?.content.isLoading = true
        await store.receive(.task(.loaded(view: 2, .success(TaskFixtures.served(failed))))) { $0.taskView = view }
        view.log?.content = Loadable(value: TaskLogText(""), loadedAt: Fixtures.now)
        await store.receive(.task(.logLoaded(view: 2, subtaskId: TaskFixtures.stepId(0, of: other), .success(TaskLogText(""))))) {
            $0.taskView = view
        }
        #expect(!view.polling.isActive, "a failed task is not polled")
        store.finish()
    }

    @Test func aFailedReadKeepsTryingAtTheLongerWaits() async {
        let world = FakeWorld()
        let failure = OCPAPIError(kind: .connection, message: "Connection refused.")
        world.operations.set { $0.tasks[Self.id] = [.failure(failure)] }
        let store = world.store()
        var view = Self.opening()
        await store.send(.task(.open(clusterId: 1, taskId: Self.id))) {
            $0.taskView = view
            $0.nextTaskViewId = 2
        }
        view.task.isLoading = false
        view.task.error = ErrorInfo(failure)
        _ = view.polling.schedule(changed: false)
        await store.receive(.task(.loaded(view: 1, .failure(ErrorInfo(failure))))) { $0.taskView = view }
        #expect(view.polling.pending == .seconds(2))
        await store.send(.task(.close)) { $0.taskView = nil }
        #expect(store.pendingActions.isEmpty)
        store.finish()
    }
}
