import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// Which subtask's log the view shows (the failed step, a chosen one, following again), a step
/// without a log, and opening a row whose task instance must be looked up.
@Suite struct TaskViewSubtaskTests {
    static let failed = TaskFixtures.task(status: .failed, steps: [.successful, .failed, .pending, .pending])

    /// A store whose view shows `task`, loaded, its shown log read.
    static func store(_ world: FakeWorld, task: TaskInstance) async -> TestStore<ConsoleFeature> {
        world.operations.set {
            $0.tasks[task.id] = [.success(TaskFixtures.served(task))]
            for step in 0..<4 { $0.logs[TaskFixtures.stepId(step, of: task.id)] = .success(SubtaskLog(log: "log of step \(step)\n")) }
        }
        let store = world.store()
        await store.send(.task(.open(clusterId: 1, taskId: task.id))) {
            $0.taskView = TaskViewPollingTests.opening(task: task.id)
            $0.nextTaskViewId = 2
        }
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        return store
    }

    /// The log of step `step` of the failed task, being read.
    static func reading(step: Int) -> TaskLogState {
        var log = TaskLogState(subtaskId: TaskFixtures.stepId(step))
        log.readFor = SubtaskStamp(SubtaskOrder(failed).subtasks[step])
        log.content.isLoading = true
        return log
    }

    @Test func aFailedTaskShowsTheFailedStepsLogAndChoosingMovesIt() async {
        let world = FakeWorld()
        let store = await Self.store(world, task: Self.failed)
        #expect(store.state.taskView?.log?.subtaskId == TaskFixtures.stepId(1))
        #expect(store.state.taskView?.log?.content.value == TaskLogText("log of step 1\n"))
        await store.send(.task(.previousSubtask)) {
            $0.taskView?.chosenSubtaskId = TaskFixtures.stepId(0)
            $0.taskView?.log = Self.reading(step: 0)
        }
        await store.receive(.task(.logLoaded(view: 1, subtaskId: TaskFixtures.stepId(0), .success(TaskLogText("log of step 0\n"))))) {
            $0.taskView?.log?.content = Loadable(value: TaskLogText("log of step 0\n"), loadedAt: Fixtures.now)
        }
        await store.send(.task(.previousSubtask)) { _ in }
        await store.send(.task(.nextSubtask)) {
            $0.taskView?.chosenSubtaskId = TaskFixtures.stepId(1)
            $0.taskView?.log = Self.reading(step: 1)
        }
        await store.receiveUnchecked()
        await store.send(.task(.nextSubtask)) {
            $0.taskView?.chosenSubtaskId = TaskFixtures.stepId(2)
            $0.taskView?.log = nil
        }
        #expect(store.pendingActions.isEmpty, "a step that has not started has no log to read")
        #expect(store.state.taskView?.shownSubtask?.id == TaskFixtures.stepId(2))
        await store.send(.task(.followTask)) {
            $0.taskView?.chosenSubtaskId = nil
            $0.taskView?.log = Self.reading(step: 1)
        }
        await store.receiveUnchecked()
        #expect(world.operations.recorded.logReads == [1, 0, 1, 1].map { TaskFixtures.stepId($0) })
        store.finish()
    }

    @Test func refreshReadsTheTaskAndTheLogAgainNow() async {
        let world = FakeWorld()
        let store = await Self.store(world, task: Self.failed)
        await store.send(.task(.refresh)) {
            $0.taskView?.task.isLoading = true
            $0.taskView?.log?.content.isLoading = true
        }
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        #expect(world.operations.recorded.taskReads.count == 2 && world.operations.recorded.logReads.count == 2)
        await store.send(.task(.toggleWholeLogLines)) { $0.taskView?.showsWholeLogLines = true }
        await store.send(.task(.toggleWholeLogLines)) { $0.taskView?.showsWholeLogLines = false }
        #expect(store.state.taskView?.polling.isActive == false)
        store.finish()
    }

    @Test func aDataBackupRowOpensTheInstanceFoundForIt() async {
        let world = FakeWorld()
        let row = DataBackupTask(taskId: 23, backupSetId: 23, startTime: OCPTimestamp(raw: "2026-11-20T19:50:00+08:00"), status: .failed)
        world.operations.set {
            $0.lookup = .success(Self.failed)
            $0.tasks[Self.failed.id] = [.success(TaskFixtures.served(Self.failed))]
        }
        let store = world.store()
        var view = TaskViewState(id: 1, clusterId: 1, source: .dataBackup(row))
        view.localOffset = Fixtures.localOffset
        view.task.isLoading = true
        await store.send(.task(.openDataBackup(clusterId: 1, row))) {
            $0.taskView = view
            $0.nextTaskViewId = 2
        }
        await store.receive(.task(.instanceFound(view: 1, .success(Self.failed)))) { $0.taskView?.taskId = Self.failed.id }
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        #expect(store.state.taskView?.task.value?.value == Self.failed)
        #expect(world.operations.recorded.lookups == [1] && world.operations.recorded.taskReads == [Self.failed.id], "the row's own id is never read")
        store.finish()
    }

    @Test func aRowWithoutAnInstanceSaysSo() async {
        let world = FakeWorld()
        let row = DataBackupTask(taskId: 23, backupSetId: 23, startTime: OCPTimestamp(raw: "2026-11-01T02:00:00+08:00"), status: .done)
        let store = world.store()
        await store.send(.task(.openDataBackup(clusterId: 1, row))) {
            var view = TaskViewState(id: 1, clusterId: 1, source: .dataBackup(row))
            view.localOffset = Fixtures.localOffset
            view.task.isLoading = true
            $0.taskView = view
            $0.nextTaskViewId = 2
        }
        await store.receive(.task(.instanceFound(view: 1, .success(nil)))) {
            $0.taskView?.task.isLoading = false
            $0.taskView?.lookupFailure =
                "No OCP task in this cluster's task list matches backup set 23 (started 2026-11-01T02:00:00+08:00); OCP may have cleaned up old tasks."
        }
        #expect(world.operations.recorded.taskReads.isEmpty)
        store.finish()
    }
}
