import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// What the list does with the health: worst first, the problems filter (`:problems`, `/!`),
/// a cluster read again after its schedule changed, and the detail following the cursor.
@Suite struct HealthListTests {
    /// A scanned fleet where c-05 is paused (WARN), c-07's overview failed (?) and c-09 is
    /// abnormal (CRIT).
    static func scanned() async -> (FakeWorld, TestStore<ConsoleFeature>) {
        let (world, store) = await HealthScanTests.loaded(concurrency: 3, follow: nil) { state in
            var state = state
            state.schedules = [5: .paused, 9: .abnormal]
            state.failingOverviews = [7]
            return state
        }
        await HealthScanTests.drain(store, until: HealthScanTests.finished)
        return (world, store)
    }

    @Test func worstFirstPutsCriticalThenWarningAndUnknownFirst() async {
        let (_, store) = await Self.scanned()
        for _ in 0..<3 { await store.sendUnchecked(.list(.cycleSort)) }
        #expect(store.state.list.sortKey == .health)
        let levels = store.state.list.visibleRows.prefix(3).map { store.state.health.entries[$0.id]?.level }
        #expect(levels == [.critical, .warning, .unknown])
        #expect(store.state.list.visibleRows.prefix(3).map(\.id) == [9, 5, 7])
        store.finish()
    }

    @Test func theProblemsFilterKeepsOnlyClustersWithProblems() async {
        let (_, store) = await Self.scanned()
        await store.sendUnchecked(.openPalette)
        for character in "problems" { await store.sendUnchecked(.dialogTyped(character)) }
        await store.sendUnchecked(.dialogSubmit)
        #expect(store.state.list.showsProblemsOnly)
        #expect(store.state.list.visibleRows.map(\.id) == [5, 7, 9])
        await store.sendUnchecked(.list(.filterCleared))
        #expect(store.state.list.visibleCount == 40)
        await store.sendUnchecked(.list(.beginFilter))
        await store.sendUnchecked(.list(.filterTyped("!")))
        #expect(store.state.list.visibleRows.map(\.id) == [5, 7, 9], "/! is the same filter")
        for character in "c-0" { await store.sendUnchecked(.list(.filterTyped(character))) }
        #expect(store.state.list.visibleRows.map(\.id) == [5, 7, 9], "the text after ! filters by name as usual")
        await store.sendUnchecked(.list(.filterTyped("5")))
        #expect(store.state.list.visibleRows.map(\.id) == [5])
        store.finish()
    }

    @Test func aClusterWhoseHealthChangesJoinsOrLeavesTheProblemsAtOnce() async {
        let (world, store) = await Self.scanned()
        await store.sendUnchecked(.list(.showProblems))
        world.health.state.withLock { $0.schedules[5] = .normal }
        world.health.state.withLock { $0.schedules[3] = .paused }
        for id: Int64 in [5, 3] {
            await store.sendUnchecked(.health(.clusterRead(generation: 1, Self.summary(world, id))))
        }
        #expect(store.state.list.visibleRows.map(\.id) == [3, 7, 9])
        store.finish()
    }

    /// Cluster `id`'s health as the fake answers it now.
    static func summary(_ world: FakeWorld, _ id: Int64) async -> ClusterHealthSummary {
        let input = await world.health.client.cluster(ClusterSummary(Fixtures.cluster(id, String(format: "c-%02d", id))), .read([]))
        return ClusterHealthSummary(input, clusterId: id, readAt: Fixtures.now, generation: 1)
    }

    @Test func theDetailFollowsTheCursorOnceItRestsAndReadsOnlyWhatIsNotCached() async {
        let (world, store) = await HealthScanTests.loaded(concurrency: 0, follow: .milliseconds(200))
        #expect(store.pendingActions == [.list(.cursorRested)])
        _ = await store.receiveUnchecked()
        #expect(store.state.detailClusterId == 1 && store.state.focus == .list, "the detail shows the first cluster, the list keeps the focus")
        await HealthScanTests.drain(store)
        for _ in 0..<3 { await store.sendUnchecked(.list(.moveDown)) }
        #expect(store.pendingActions == [.list(.cursorRested)], "each move replaces the wait: one rest for three moves")
        #expect(store.state.detailClusterId == 1, "nothing changes while the cursor moves")
        await HealthScanTests.drain(store)
        #expect(store.state.detailClusterId == 4)
        #expect(world.recorded.abilityReads == [1, 4] && world.recorded.strategyReads == [1, 4])
        for _ in 0..<3 { await store.sendUnchecked(.list(.moveUp)) }
        await HealthScanTests.drain(store)
        #expect(store.state.detailClusterId == 1)
        #expect(world.recorded.abilityReads == [1, 4], "cached: going back reads nothing")
        #expect(world.operations.calls.withLock { $0.sleeps }.allSatisfy { $0 == .milliseconds(200) })
        await store.sendUnchecked(.openDetail)
        #expect(store.state.focus == .detail, "Enter still focuses the detail")
        await HealthScanTests.drain(store)
        store.finish()
    }
}
