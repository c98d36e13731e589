import Synchronization
import Testing

@testable import ConsoleCore

/// A tiny feature to exercise the runtime store.
struct CounterFeature: Reducer {
    struct State: Equatable, Sendable {
        var values: [Int] = []
    }

    enum Action: Equatable, Sendable {
        case load(Int, gate: Bool)
        case cancel
        case loaded(Int)
    }

    let gate: AsyncStream<Void>

    func reduce(into state: inout State, action: Action) -> Effect<Action> {
        switch action {
        case .load(let value, let waits):
            let gate = self.gate
            return .run(id: "load") { send in
                if waits {
                    for await _ in gate {}
                }
                send(.loaded(value))
            }
        case .cancel:
            return .cancel(id: "load")
        case .loaded(let value):
            state.values.append(value)
            return .none
        }
    }
}

@Suite struct StoreTests {
    @Test func resultsArriveThroughTheInboxAfterAWakeUp() async {
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self)
        let (gate, _) = AsyncStream.makeStream(of: Void.self)
        let store = Store(initialState: CounterFeature.State(), feature: CounterFeature(gate: gate), wake: { wake.yield() })
        let runner = store.runner
        async let running: Void = runner.run()
        store.send(.load(7, gate: false))
        await drive(store, wakes: wakes) { $0.state.values == [7] && !$0.isBusy }
        runner.stop()
        await running
        #expect(store.state.values == [7])
        #expect(!store.isBusy)
    }

    @Test func aReplacedOperationIsCancelledAndItsResultDropped() async {
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self)
        let (gate, _) = AsyncStream.makeStream(of: Void.self)
        let store = Store(initialState: CounterFeature.State(), feature: CounterFeature(gate: gate), wake: { wake.yield() })
        let runner = store.runner
        async let running: Void = runner.run()
        store.send(.load(1, gate: true))
        store.send(.load(2, gate: false))
        await drive(store, wakes: wakes) { !$0.isBusy && !$0.runner.hasPendingActions && !$0.state.values.isEmpty }
        runner.stop()
        await running
        #expect(store.state.values == [2])
    }

    @Test func anExplicitCancelEndsAWaitingOperationWithoutItsResult() async {
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self)
        let (gate, _) = AsyncStream.makeStream(of: Void.self)
        let store = Store(initialState: CounterFeature.State(), feature: CounterFeature(gate: gate), wake: { wake.yield() })
        let runner = store.runner
        async let running: Void = runner.run()
        store.send(.load(5, gate: true))
        #expect(store.isBusy)
        store.send(.cancel)
        await drive(store, wakes: wakes) { !$0.isBusy }
        store.drainInbox()
        runner.stop()
        await running
        #expect(store.state.values.isEmpty)
    }

    @Test func stopCancelsWhatStillRunsAndRunReturns() async {
        let (gate, _) = AsyncStream.makeStream(of: Void.self)
        let store = Store(initialState: CounterFeature.State(), feature: CounterFeature(gate: gate), wake: {})
        let runner = store.runner
        store.send(.load(9, gate: true))
        runner.stop()
        await runner.run()
        #expect(runner.inFlightCount == 0)
        #expect(store.drainInbox() == 0)
    }
}
