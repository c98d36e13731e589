import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// The Tasks and Recoverable tabs: read when shown (the overview first, for OCP's time), cached,
/// read again on r; the Tasks tab's rows newest first within seven days, its cursor, and Enter
/// opening a row's task.
@Suite struct BackupHistoryTests {
    static let answeredAt = Fixtures.now
    static let overview = Served(BackupOverview(clusterId: 1, backupScheduleStatus: .normal), answeredAt: answeredAt)

    static func stamp(_ secondsBefore: TimeInterval) -> OCPTimestamp {
        OCPTimestamp(raw: TaskFixtures.iso(answeredAt.addingTimeInterval(-secondsBefore)))
    }

    static let failed = DataBackupTask(
        taskId: 23, backupSetId: 23, dataBackupTaskType: .full, clusterId: 1, startTime: stamp(3600), finishTime: stamp(3000), status: .failed,
        errorMsg: "Cluster compaction needed before full data backup")
    static let done = DataBackupTask(
        taskId: 22, backupSetId: 22, dataBackupTaskType: .incremental, clusterId: 1, startTime: stamp(90_000), finishTime: stamp(89_910),
        status: .done, errorMsg: "")
    static let old = DataBackupTask(taskId: 9, backupSetId: 9, dataBackupTaskType: .full, clusterId: 1, startTime: stamp(8 * 86_400), status: .done)
    static let archive = LogBackupTask(clusterId: 1, createTime: stamp(200_000), status: .running, checkpoint: stamp(40), delay: 40)
    static let lists = ClusterTaskLists(data: [failed, done, old], log: [archive], restore: [])

    /// A store on alpha's detail whose Tasks tab was shown and read.
    static func tasksShown(_ world: FakeWorld) async -> TestStore<ConsoleFeature> {
        world.operations.set {
            $0.overviews = [.success(Self.overview)]
            $0.taskLists = .success(Served(Self.lists, answeredAt: Self.answeredAt))
        }
        let store = world.store(WizardHarness.detailState(strategy: Fixtures.strategy()))
        await store.send(.detail(.selectTab(.tasks))) {
            $0.detailTab = .tasks
            $0.taskLists[1] = Loadable(isLoading: true)
        }
        await store.receive(.operation(.overviewRead(clusterId: 1, .success(Self.overview)))) {
            $0.overviews[1] = Loadable(value: Self.overview, loadedAt: Fixtures.now)
        }
        let snapshot = TaskListSnapshot(Self.lists, answeredAt: Self.answeredAt, offset: Fixtures.localOffset)
        await store.receive(.history(.taskListsLoaded(clusterId: 1, .success(Served(Self.lists, answeredAt: Self.answeredAt))))) {
            $0.taskLists[1] = Loadable(value: snapshot, loadedAt: Fixtures.now)
            $0.taskCursor.clusterId = 1
        }
        return store
    }

    @Test func theTasksOfSevenDaysAreReadWhenTheTabIsShownNewestFirst() async throws {
        let world = FakeWorld()
        let store = await Self.tasksShown(world)
        let entries = try #require(store.state.taskLists[1]?.value?.entries)
        #expect(entries.map(\.kind) == [.full, .incremental, .log], "the one older than seven days is left out")
        #expect(
            entries[0].statusClass == .failed && entries[0].summaryIsError
                && entries[0].summary == "Cluster compaction needed before full data backup")
        #expect(entries[0].startText == "11-20 19:00:00" && entries[0].durationText == "10 min")
        #expect(entries[1].summary == "backup set 22" && entries[1].durationText == "90 s")
        #expect(entries[2].summary == "checkpoint 11-20 19:59:20, 40 s behind" && entries[2].durationText == "2 d", "a running round: to OCP's time")
        #expect(world.operations.recorded.taskListRanges == [OCPTimeRange(start: Self.answeredAt.addingTimeInterval(-7 * 86_400), end: nil)])
        await store.send(.detail(.selectTab(.overview))) { $0.detailTab = .overview }
        await store.send(.detail(.selectTab(.tasks))) { $0.detailTab = .tasks }
        #expect(world.operations.recorded.taskListReads == [1], "cached: shown again, not read again")
        store.finish()
    }

    @Test func theCursorMovesOverTheRowsAndEnterOpensTheTaskBehindOne() async {
        let world = FakeWorld()
        let store = await Self.tasksShown(world)
        await store.send(.history(.nextTask)) { $0.taskCursor.index = 1 }
        await store.send(.history(.lastTask)) { $0.taskCursor.index = 2 }
        await store.send(.history(.nextTask))
        await store.send(.history(.openTask)) {
            $0.flash = Flash(
                id: 1, text: "A log backup round is no OCP task, so there is nothing to open: its row shows its checkpoint and delay.",
                tone: .info, expiresAt: BackupNowTests.expiry)
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        await store.send(.history(.firstTask)) { $0.taskCursor.index = 0 }
        world.operations.set { $0.lookup = .success(nil) }
        await store.send(.history(.openTask)) {
            var view = TaskViewState(id: 1, clusterId: 1, source: .dataBackup(Self.failed))
            view.localOffset = Fixtures.localOffset
            view.task.isLoading = true
            $0.taskView = view
            $0.nextTaskViewId = 2
        }
        await store.receiveUnchecked()
        #expect(store.state.taskView?.lookupFailure?.hasPrefix("No OCP task in this cluster's task list matches backup set 23") == true)
        #expect(world.operations.recorded.lookups == [1])
        store.finish()
    }

    @Test func refreshReadsTheShownTabAgain() async {
        let world = FakeWorld()
        let store = await Self.tasksShown(world)
        await store.send(.refresh) { $0.taskLists[1]?.isLoading = true }
        await store.receiveUnchecked()
        await store.receiveUnchecked()
        #expect(world.operations.recorded.taskListReads == [1, 1] && store.state.taskLists[1]?.isLoading == false)
        store.finish()
    }

    @Test func theRecoverableWindowsAreReadWhenTheirTabIsShown() async throws {
        let world = FakeWorld()
        let tenant = TenantBackupInfo(
            tenantId: 1_000_000_011, tenantName: "trade", obTenantId: 1001,
            obRecoverableInfoAggregation: RecoverableInfoAggregation(items: [
                RecoverableSectionItem(
                    type: .recoverable,
                    realRecoverableTimeInterval: RecoverableTimeInterval(startTime: Self.stamp(6 * 86_400), endTime: Self.stamp(40)))
            ]))
        let info = ClusterBackupInfo(clusterId: 1, clusterName: "alpha", obRecoverableInfoAggregation: nil, tenantBackupInfos: [tenant])
        world.operations.set { $0.backupInfo = .success(Served(info, answeredAt: Self.answeredAt)) }
        let store = world.store(WizardHarness.detailState(strategy: Fixtures.strategy()))
        await store.send(.detail(.selectTab(.recoverable))) {
            $0.detailTab = .recoverable
            $0.recoverability[1] = Loadable(isLoading: true)
        }
        await store.receive(.history(.backupInfoLoaded(clusterId: 1, .success(Served(info, answeredAt: Self.answeredAt))))) {
            $0.recoverability[1] = Loadable(
                value: RecoverabilitySnapshot(info, answeredAt: Self.answeredAt, localOffset: Fixtures.localOffset), loadedAt: Fixtures.now)
        }
        let windows = try #require(store.state.recoverability[1]?.value?.recoverability.tenant(named: "trade")?.windows)
        #expect(windows.count == 1 && windows[0].end == Self.answeredAt.addingTimeInterval(-40))
        store.finish()
    }

    @Test func anArchiveRoundIsListedWhileItArchivesInTheSevenDays() {
        let running = LogBackupTask(clusterId: 1, createTime: Self.stamp(10 * 86_400), status: .running, checkpoint: Self.stamp(40), delay: 40)
        var stoppedLong = LogBackupTask(clusterId: 1, createTime: Self.stamp(20 * 86_400), status: .stopped)
        stoppedLong.modifyTime = Self.stamp(8 * 86_400)
        var stoppedLately = stoppedLong
        stoppedLately.modifyTime = Self.stamp(86_400)
        let entries = TaskListEntry.entries(
            ClusterTaskLists(data: [], log: [running, stoppedLong, stoppedLately], restore: []), now: Self.answeredAt, offset: 0)
        #expect(entries.map(\.statusClass) == [.running, .paused], "begun ten days ago but archiving still; stopped a day ago")
    }
}
