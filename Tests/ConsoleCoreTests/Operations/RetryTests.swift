import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// `R` in the task view: only a failed task, never in read-only mode, confirmed with where it
/// failed, sent once, and the view follows the task again.
@Suite struct RetryTests {
    static let failed = TaskFixtures.task(status: .failed, steps: [.successful, .failed, .pending])
    static let rerun = TaskFixtures.task(status: .running, steps: [.successful, .running, .pending])

    static func store(_ world: FakeWorld, readOnly: Bool = false) async -> TestStore<ConsoleFeature> {
        world.operations.set {
            $0.tasks[Self.failed.id] = [.success(TaskFixtures.served(Self.failed)), .success(TaskFixtures.served(Self.rerun))]
            $0.logs[TaskFixtures.stepId(1)] = .success(
                SubtaskLog(
                    log: "2026-11-20 19:52:00.000 ERROR 57200 --- [executor-3] CompactTask : Cluster compaction needed before full data backup\n"))
        }
        var state = WizardHarness.detailState(strategy: Fixtures.strategy(), readOnly: readOnly)
        state.focus = .detail
        let store = world.store(state)
        await store.send(.task(.open(clusterId: 1, taskId: Self.failed.id))) {
            $0.taskView = TaskViewPollingTests.opening()
            $0.nextTaskViewId = 2
        }
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        return store
    }

    @Test func aFailedTaskIsRetriedOnceAfterConfirmation() async {
        let world = FakeWorld()
        world.operations.set {
            $0.retry = .success(
                MutationReceipt(response: BackupCommonResponse(obBackupTaskType: nil, backupObjectOpsResultList: nil), traceId: "t", task: Self.rerun)
            )
        }
        let store = await Self.store(world)
        let retry = PreparedMutation.retry(taskId: Self.failed.id, clusterId: 1)
        guard let view = store.state.taskView else { return }
        var dialog = OperationDialog(command: .retry, clusterId: 1, clusterName: "alpha", taskId: Self.failed.id, step: .confirming(retry))
        dialog.notes = OperationNotes.retry(view, clusterName: "alpha", language: .english)
        #expect(
            dialog.notes.map(\.text) == [
                "Task 3000101 (Full data backup) of alpha failed.",
                "It stopped in \"Start data backup\": Cluster compaction needed before full data backup.",
                "Retrying runs the failed step and the steps after it again; the view follows the task.",
            ])
        await store.send(.operation(.retry)) { $0.dialog = .operation(dialog) }
        #expect(retry.requestLine == "POST /api/v2/tasks/instances/3000101/retry" && retry.request.body == nil)
        dialog.step = .sending(retry)
        await store.send(.dialogSubmit) { $0.dialog = .operation(dialog) }
        await store.send(.dialogSubmit)
        await store.receiveUnchecked()
        #expect(store.state.dialog == nil && store.state.flash?.text == "Task 3000101 runs again.")
        #expect(store.state.taskView?.task.isLoading == true, "the view reads the task again at once")
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        #expect(store.state.taskView?.task.value?.value.status == .running && store.state.taskView?.polling.isActive == true)
        #expect(world.operations.recorded.mutations == [retry])
        await store.send(.task(.close)) { $0.taskView = nil }
        store.finish()
    }

    @Test func aRunningTaskOrAReadOnlyConsoleIsNotRetried() async {
        let world = FakeWorld()
        let store = await Self.store(world, readOnly: true)
        #expect(store.state.availability(of: .retry)?.reason?.english == "the console is read-only")
        var running = store.state
        running.readOnly = false
        running.taskView?.task.value = TaskFixtures.served(Self.rerun)
        #expect(running.availability(of: .retry)?.reason?.english == "the task has not failed (it is RUNNING)")
        running.taskView = nil
        #expect(running.availability(of: .retry) == nil)
        await store.send(.operation(.retry)) {
            $0.flash = Flash(id: 1, text: "Retry is not possible: the console is read-only.", tone: .error, expiresAt: BackupNowTests.expiry)
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        #expect(world.operations.recorded.mutations.isEmpty)
        store.finish()
    }

    @Test func aRetryThatGotNoAnswerIsCheckedOnTheTask() {
        let retry = PreparedMutation.retry(taskId: Self.failed.id, clusterId: 1)
        let overview = Served(BackupOverview(clusterId: 1, backupScheduleStatus: .normal), answeredAt: Fixtures.now)
        let still = OperationFindings(
            ClusterRereading(overview: overview, tasks: [Self.failed]), mutation: retry, taskId: Self.failed.id, localNow: Fixtures.now, offset: 0,
            language: .english)
        #expect(still.notArrived && still.taskId == nil)
        let again = OperationFindings(
            ClusterRereading(overview: overview, tasks: [Self.rerun]), mutation: retry, taskId: Self.failed.id, localNow: Fixtures.now, offset: 0,
            language: .english)
        #expect(!again.notArrived && again.taskId == Self.failed.id)
        #expect(again.notes.last?.text == "Task 3000101 is RUNNING: the retry arrived; Enter opens it.")
    }

    @Test func rBesideTheClusterOpensItsFailedLatestBackupAndAsksToRetryIt() async {
        let world = FakeWorld()
        let store = await BackupHistoryTests.tasksShown(world)
        #expect(store.state.availability(of: .retryLatest) == .enabled)
        world.operations.set {
            $0.lookup = .success(Self.failed)
            $0.tasks[Self.failed.id] = [.success(TaskFixtures.served(Self.failed))]
        }
        await store.send(.operation(.retryLatest)) {
            var view = TaskViewState(id: 1, clusterId: 1, source: .dataBackup(BackupHistoryTests.failed))
            view.localOffset = Fixtures.localOffset
            view.task.isLoading = true
            view.retriesWhenRead = true
            $0.taskView = view
            $0.nextTaskViewId = 2
        }
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        #expect(store.state.taskView?.retriesWhenRead == false)
        guard case .operation(let dialog)? = store.state.dialog else {
            Issue.record("no retry confirmation")
            return
        }
        #expect(dialog.command == .retry && dialog.mutation == .retry(taskId: Self.failed.id, clusterId: 1))
        #expect(world.operations.recorded.mutations.isEmpty, "asked, not sent")
        await store.send(.operation(.cancel)) { $0.dialog = nil }
        await store.send(.task(.close)) { $0.taskView = nil }
        store.finish()
    }

    @Test func rBesideTheClusterNeedsAFailedLatestBackup() {
        var state = WizardHarness.detailState(strategy: Fixtures.strategy())
        #expect(state.availability(of: .retryLatest)?.reason?.english == "its tasks have not been read (tab 4)")
        let done = DataBackupTask(taskId: 1, backupSetId: 1, dataBackupTaskType: .full, startTime: BackupHistoryTests.stamp(60), status: .done)
        state.taskLists[1] = Loadable(
            value: TaskListSnapshot(
                ClusterTaskLists(data: [done, BackupHistoryTests.failed], log: [], restore: []), answeredAt: Fixtures.now, offset: 0),
            loadedAt: Fixtures.now)
        #expect(state.availability(of: .retryLatest)?.reason?.english == "its latest data backup did not fail")
        state.readOnly = true
        #expect(state.availability(of: .retryLatest)?.reason?.english == "the console is read-only")
    }
}
