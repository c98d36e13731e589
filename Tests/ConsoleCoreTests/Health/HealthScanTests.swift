import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// The fleet health scan through the real reducer: the visible rows first, never more reads
/// at once than the bound, each cluster once a scan, kept with its age, read again on `r` and
/// after the refresh time, and a cluster whose overview failed is unknown (`?`), never OK.
@Suite struct HealthScanTests {
    static let clusters = (1...40).map { Fixtures.cluster(Int64($0), String(format: "c-%02d", $0)) }

    /// A world of 40 clusters, a store with the scan bounded at `concurrency`, the list loaded
    /// with 5 rows in view (the scan's alerts not yet received).
    static func loaded(
        concurrency: Int = 2, refresh: Duration? = nil, follow: Duration? = .milliseconds(200),
        _ change: (FakeHealth.State) -> FakeHealth.State = { $0 }
    ) async -> (FakeWorld, TestStore<ConsoleFeature>) {
        let world = FakeWorld(.init(pages: [clusters]))
        world.health.state.withLock { $0 = change($0) }
        let store = world.store(health: HealthScanSettings(concurrency: concurrency, refreshInterval: refresh, followDelay: follow))
        await store.send(.viewportChanged(rows: 5)) { $0.list.setViewport(rows: 5) }
        await store.sendUnchecked(.start)
        _ = await store.receiveUnchecked()  // the page
        _ = await store.receiveUnchecked()  // the end of the load
        return (world, store)
    }

    /// Receives until nothing is pending or `done` holds, returning the most reads in flight.
    @discardableResult
    static func drain(_ store: TestStore<ConsoleFeature>, until done: (ConsoleState) -> Bool = { _ in false }) async -> Int {
        var most = store.state.health.inFlight.count
        while !store.pendingActions.isEmpty, !done(store.state) {
            _ = await store.receiveUnchecked()
            most = max(most, store.state.health.inFlight.count)
        }
        return most
    }

    static func finished(_ state: ConsoleState) -> Bool {
        if case .finished = state.health.phase { true } else { false }
    }

    @Test func theVisibleRowsAreReadFirstAndNoMoreThanTheBoundAtOnce() async {
        let (world, store) = await Self.loaded()
        await store.send(.list(.pageDown)) { $0.list.move(.pageDown) }
        await store.send(.list(.pageDown)) { $0.list.move(.pageDown) }
        let visible = store.state.list.visibleRows.map(\.id)
        let most = await Self.drain(store, until: Self.finished)
        let reads = world.health.reads
        #expect(most == 2, "two reads at once, never more")
        #expect(reads.count == 40 && Set(reads).count == 40, "each cluster read once a scan")
        #expect(Array(reads[2..<7]) == visible, "after the two started before the cursor rested, the rows in view")
        #expect(store.state.health.judged == 40)
        #expect(store.state.health.entries.values.allSatisfy { $0.level == .ok && $0.generation == 1 })
        #expect(world.health.state.withLock { $0.alertReads } == 1)
        store.finish()
    }

    @Test func aFailedOverviewIsUnknownNeverOK() async {
        let (_, store) = await Self.loaded { state in
            var state = state
            state.failingOverviews = [7]
            return state
        }
        await Self.drain(store, until: Self.finished)
        let entry = store.state.health.entries[7]
        #expect(entry?.level == .unknown)
        #expect(entry?.isProblem == true)
        #expect(entry?.problems.contains { HealthText.english($0.reason).contains("code 10001") } == true, "the error is kept for the detail")
        #expect(store.state.health.entries[8]?.level == .ok)
        store.finish()
    }

    @Test func theHealthIsKeptWithItsAgeAndReadAgainOnRefresh() async {
        let (world, store) = await Self.loaded()
        await Self.drain(store, until: Self.finished)
        let first = store.state.health.entries[1]
        await store.sendUnchecked(.refresh)
        #expect(store.state.health.generation == 2)
        #expect(store.state.health.entries[1] == first, "the last health stays shown until read again")
        await Self.drain(store, until: Self.finished)
        #expect(world.health.reads.count == 80)
        #expect(store.state.health.entries.values.allSatisfy { $0.generation == 2 })
        store.finish()
    }

    @Test func theFleetIsScannedAgainAfterTheRefreshTime() async {
        let (world, store) = await Self.loaded(refresh: .seconds(300))
        await Self.drain(store, until: Self.finished)
        #expect(store.pendingActions == [.health(.refreshDue(generation: 1))])
        #expect(world.operations.calls.withLock { $0.sleeps }.contains(.seconds(300)))
        _ = await store.receiveUnchecked()
        #expect(store.state.health.generation == 2 && store.state.health.phase == .readingAlerts)
        await Self.drain(store, until: Self.finished)
        #expect(world.health.reads.count == 80)
        store.discardPending()
        store.finish()
    }

    @Test func aScanOffReadsNothing() async {
        let world = FakeWorld(.init(pages: [Self.clusters]))
        let store = world.store()
        await store.sendUnchecked(.start)
        _ = await store.receiveUnchecked()
        _ = await store.receiveUnchecked()
        #expect(store.pendingActions.isEmpty)
        #expect(world.health.reads.isEmpty && store.state.health.phase == .idle)
        store.finish()
    }
}
