import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct DetailTabTests {
    @Test func theTabsAreNumberedOneToFiveAndWrapBothWays() {
        #expect(DetailTab.allCases.map(\.key) == ["1", "2", "3", "4", "5"])
        #expect(DetailTab.allCases.map { DetailTab(key: $0.key) } == DetailTab.allCases)
        #expect(DetailTab(key: "0") == nil)
        #expect(DetailTab(key: "6") == nil)
        #expect(DetailTab(key: "x") == nil)
        #expect(DetailTab.allCases.map(\.next) == [.strategy, .ability, .tasks, .recoverable, .overview])
        #expect(DetailTab.allCases.map(\.previous) == [.recoverable, .overview, .strategy, .ability, .tasks])
    }

    @Test func aClusterOpensOnTheOverviewAndATabScrollsBackToTheTop() async {
        var state = DetailTests.state([Fixtures.cluster(1, "alpha")])
        state.detailClusterId = 1
        state.focus = .detail
        state.abilities[1] = Loadable(value: Fixtures.ability(), loadedAt: Fixtures.now)
        state.strategies[1] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        state.applyScrollExtent(ScrollExtent(area: .detail, lines: 40, rows: 10))
        state.detailScroll.apply(.pageDown)
        #expect(state.detailTab == .overview)
        let store = FakeWorld().store(state)
        await store.send(.detail(.selectTab(.ability))) {
            $0.detailTab = .ability
            $0.detailScroll.reset()
        }
        await store.send(.detail(.nextTab)) {
            $0.detailTab = .tasks
            $0.taskLists[1] = Loadable(isLoading: true)
        }
        // The Tasks tab reads the overview (for OCP's time), then the tasks of seven days.
        let noOverview = ErrorInfo(OCPAPIError(kind: .ocp, httpStatus: 500, code: "COM10000", message: "No overview."))
        await store.receive(.operation(.overviewRead(clusterId: 1, .failure(noOverview)))) { $0.overviews[1] = Loadable(error: noOverview) }
        let none = Served(ClusterTaskLists(data: [], log: [], restore: []), answeredAt: Fixtures.now)
        await store.receive(.history(.taskListsLoaded(clusterId: 1, .success(none)))) {
            $0.taskLists[1] = Loadable(
                value: TaskListSnapshot(none.value, answeredAt: Fixtures.now, offset: Fixtures.localOffset), loadedAt: Fixtures.now)
            $0.taskCursor.clusterId = 1
        }
        await store.send(.detail(.previousTab)) { $0.detailTab = .ability }
        await store.send(.detail(.selectTab(.ability)))
        store.finish()
    }

    @Test func theTabStaysWhenAnotherClusterOpensAndReadsOnlyWhatIsNotCached() async {
        var state = DetailTests.state([Fixtures.cluster(1, "alpha"), Fixtures.cluster(2, "beta")])
        state.detailTab = .strategy
        let world = FakeWorld()
        let store = world.store(state)
        await store.send(.list(.moveDown)) { $0.list.move(.moveDown) }
        await store.send(.openDetail) {
            $0.detailClusterId = 2
            $0.focus = .detail
            $0.abilities[2] = Loadable(isLoading: true)
            $0.strategies[2] = Loadable(isLoading: true)
        }
        await store.receive(.abilityLoaded(clusterId: 2, .success(Fixtures.ability()))) {
            $0.abilities[2] = Loadable(value: Fixtures.ability(), loadedAt: Fixtures.now)
        }
        await store.receive(.strategyLoaded(clusterId: 2, .success(StrategySnapshot.none))) {
            $0.strategies[2] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        }
        await store.send(.detail(.selectTab(.ability))) { $0.detailTab = .ability }
        #expect(world.recorded.abilityReads == [2])
        #expect(world.recorded.strategyReads == [2])
        store.finish()
    }

    @Test func withoutAClusterATabIsOnlyRemembered() async {
        let store = FakeWorld().store(DetailTests.state([Fixtures.cluster(1, "alpha")]))
        await store.send(.detail(.selectTab(.recoverable))) { $0.detailTab = .recoverable }
        store.finish()
    }
}

/// The Overview's own reads: the backup overview and the seven days' tasks beside the ability
/// and the strategy, once; shown again from the cache.
@Suite struct OverviewTabReadTests {
    @Test func theOverviewReadsTheBackupOverviewAndTheWeeksTasksOnce() async {
        let world = FakeWorld()
        world.operations.set {
            $0.overviews = [.success(BackupHistoryTests.overview)]
            $0.taskLists = .success(Served(BackupHistoryTests.lists, answeredAt: BackupHistoryTests.answeredAt))
        }
        var state = DetailTests.state([Fixtures.cluster(1, "alpha")])
        state.abilities[1] = Loadable(value: Fixtures.ability(), loadedAt: Fixtures.now)
        state.strategies[1] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        #expect(state.detailTab == .overview)
        let store = world.store(state)
        await store.send(.openDetail) {
            $0.detailClusterId = 1
            $0.focus = .detail
            $0.taskLists[1] = Loadable(isLoading: true)
        }
        await store.receive(.operation(.overviewRead(clusterId: 1, .success(BackupHistoryTests.overview)))) {
            $0.overviews[1] = Loadable(value: BackupHistoryTests.overview, loadedAt: Fixtures.now)
        }
        let lists = Served(BackupHistoryTests.lists, answeredAt: BackupHistoryTests.answeredAt)
        await store.receive(.history(.taskListsLoaded(clusterId: 1, .success(lists)))) {
            $0.taskLists[1] = Loadable(
                value: TaskListSnapshot(lists.value, answeredAt: BackupHistoryTests.answeredAt, offset: Fixtures.localOffset), loadedAt: Fixtures.now)
            $0.taskCursor.clusterId = 1
        }
        await store.send(.back) { $0.focus = .list }
        await store.send(.openDetail) { $0.focus = .detail }
        #expect(world.operations.recorded.overviewReads == [1] && world.operations.recorded.taskListReads == [1], "cached the second time")
        #expect(world.recorded.abilityReads.isEmpty, "the ability was cached already")
        store.finish()
    }
}
