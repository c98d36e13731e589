import Testing

@testable import ConsoleCore

/// The test store must be able to fail: unasserted changes and unreceived actions are caught.
@Suite struct TestStoreTests {
    @Test func anUnassertedChangeFails() async {
        let (gate, _) = AsyncStream.makeStream(of: Void.self)
        let store = TestStore(initialState: CounterFeature.State(), feature: CounterFeature(gate: gate))
        await withKnownIssue {
            await store.send(.loaded(3))
        }
        store.finish()
    }

    @Test func anUnreceivedActionFails() async {
        let (gate, _) = AsyncStream.makeStream(of: Void.self)
        let store = TestStore(initialState: CounterFeature.State(), feature: CounterFeature(gate: gate))
        await store.send(.load(4, gate: false))
        withKnownIssue {
            store.finish()
        }
    }

    @Test func aWrongReceivedActionFails() async {
        let (gate, _) = AsyncStream.makeStream(of: Void.self)
        let store = TestStore(initialState: CounterFeature.State(), feature: CounterFeature(gate: gate))
        await store.send(.load(4, gate: false))
        await withKnownIssue {
            await store.receive(.loaded(5)) { $0.values = [4] }
        }
        store.finish()
    }

    @Test func theDiffShowsOnlyTheChangedLines() {
        let text = TextDiff.lines(expected: "a\nb\nc\nd", actual: "a\nb\nX\nd", context: 1)
        #expect(text == "  b\n- c\n+ X\n  d")
    }
}
