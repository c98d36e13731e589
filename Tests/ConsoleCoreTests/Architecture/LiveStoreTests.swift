import OCPAPI
import Testing

@testable import ConsoleCore

/// The console feature on the live store and effect runner, with fake dependencies.
@Suite struct LiveStoreTests {
    @Test func theClusterListLoadsThroughTheInbox() async {
        let world = FakeWorld(.init(pages: [[Fixtures.cluster(2, "bravo")], [Fixtures.cluster(1, "alpha")]]))
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self)
        var initial = ConsoleState(profile: "p", readOnly: false)
        initial.health.settings = .off
        let store = Store(
            initialState: initial, feature: ConsoleFeature(dependencies: world.dependencies),
            wake: { wake.yield() })
        let runner = store.runner
        async let running: Void = runner.run()
        store.send(.start)
        await drive(store, wakes: wakes) { $0.state.list.load == .loaded(total: 2) }
        #expect(store.state.list.visibleRows.map(\.name) == ["alpha", "bravo"])
        runner.stop()
        await running
    }

    @Test func aConfirmationRepeatedWhileInFlightSendsOneCreate() async {
        let (gate, open) = AsyncStream.makeStream(of: Void.self)
        let world = FakeWorld()
        world.set { $0.createGate = gate }
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self)
        let store = Store(
            initialState: SubmitTests.reviewState(world: world), feature: ConsoleFeature(dependencies: world.dependencies),
            wake: { wake.yield() })
        let runner = store.runner
        async let running: Void = runner.run()
        store.send(.wizard(.submit))
        store.send(.wizard(.confirmSubmit))
        store.send(.wizard(.confirmSubmit))
        store.send(.wizard(.submit))
        store.send(.wizard(.confirmSubmit))
        #expect(store.state.wizard?.submission == .inFlight)
        #expect(runner.inFlightCount == 1)
        open.finish()
        await drive(store, wakes: wakes) { store in
            if case .succeeded? = store.state.wizard?.submission { return !store.isBusy }
            return false
        }
        #expect(world.recorded.creates.count == 1)
        runner.stop()
        await running
    }
}
