import ConsoleCore
import Synchronization
import Testing

/// An exhaustive store for tests: every state change must be stated, every action an effect
/// sends must be received, in order, and nothing may be left at the end.
///
/// Effects run to completion inside `send`/`receive` (deterministic: no timing, no sleeps);
/// their actions queue until `receive` takes them. A keyed effect that is cancelled or replaced
/// drops its unreceived actions, as the live `EffectRunner` does.
final class TestStore<Feature: Reducer> {
    private(set) var state: Feature.State
    private let feature: Feature
    private var queue: [(action: Feature.Action, id: String?)] = []
    private var finished = false

    init(initialState: Feature.State, feature: Feature) {
        self.state = initialState
        self.feature = feature
    }

    /// Sends `action`; `update` states the expected change (nothing changes when omitted).
    func send(
        _ action: Feature.Action, sourceLocation: SourceLocation = #_sourceLocation, _ update: (inout Feature.State) -> Void = { _ in }
    ) async {
        await apply(action, update: update, sourceLocation: sourceLocation)
    }

    /// Takes the next action an effect sent, which must equal `expected`, and applies it.
    func receive(
        _ expected: Feature.Action, sourceLocation: SourceLocation = #_sourceLocation,
        _ update: (inout Feature.State) -> Void = { _ in }
    ) async {
        guard !queue.isEmpty else {
            Issue.record("Expected to receive \(expected) but no action was sent by an effect.", sourceLocation: sourceLocation)
            return
        }
        let next = queue.removeFirst().action
        if next != expected {
            Issue.record(
                Comment(rawValue: "Received a different action:\n" + TextDiff.lines(expected: describe(expected), actual: describe(next))),
                sourceLocation: sourceLocation)
        }
        await apply(next, update: update, sourceLocation: sourceLocation)
    }

    /// Takes the next received action, whatever it is, applying it with `update`; for actions
    /// whose payload the test computes from the state (large lists).
    @discardableResult
    func receiveAny(
        sourceLocation: SourceLocation = #_sourceLocation, _ update: (inout Feature.State) -> Void = { _ in }
    ) async
        -> Feature.Action?
    {
        guard !queue.isEmpty else {
            Issue.record("Expected to receive an action but none was sent.", sourceLocation: sourceLocation)
            return nil
        }
        let next = queue.removeFirst().action
        await apply(next, update: update, sourceLocation: sourceLocation)
        return next
    }

    /// Takes the next received action, whatever it is, and keeps the state it leads to without
    /// comparing it: for steps whose outcome the test checks afterwards with `#expect` (or that
    /// only lead up to what it checks).
    @discardableResult
    func receiveUnchecked(sourceLocation: SourceLocation = #_sourceLocation) async -> Feature.Action? {
        guard !queue.isEmpty else {
            Issue.record("Expected to receive an action but none was sent.", sourceLocation: sourceLocation)
            return nil
        }
        let next = queue.removeFirst().action
        await run(feature.reduce(into: &state, action: next))
        return next
    }

    /// Sends `action` and keeps the state it leads to without comparing it, for steps the test
    /// checks afterwards with `#expect`.
    func sendUnchecked(_ action: Feature.Action) async {
        await run(feature.reduce(into: &state, action: action))
    }

    /// Drops the actions effects sent and the test did not receive: for a test that ends in the
    /// middle of a schedule that never ends by itself (the periodic health scan).
    func discardPending() { queue.removeAll() }

    /// The actions sent by effects and not yet received.
    var pendingActions: [Feature.Action] { queue.map(\.action) }

    /// Fails when actions remain unreceived.
    func finish(sourceLocation: SourceLocation = #_sourceLocation) {
        finished = true
        if !queue.isEmpty {
            Issue.record(
                Comment(
                    rawValue: "\(queue.count) action(s) sent by effects were not received:\n"
                        + queue.map { "  " + describe($0.action) }.joined(separator: "\n")),
                sourceLocation: sourceLocation)
        }
    }

    deinit {
        if !finished, !queue.isEmpty {
            Issue.record("The test ended with \(queue.count) unreceived action(s); call receive for each, then finish().")
        }
    }

    private func apply(
        _ action: Feature.Action, update: (inout Feature.State) -> Void, sourceLocation: SourceLocation
    ) async {
        var expected = state
        update(&expected)
        let effect = feature.reduce(into: &state, action: action)
        if expected != state {
            Issue.record(
                Comment(
                    rawValue: "State after \(describe(action)) differs from the expectation (- expected, + actual):\n"
                        + TextDiff.lines(expected: dumped(expected), actual: dumped(state))), sourceLocation: sourceLocation)
        }
        await run(effect)
    }

    private func run(_ effect: Effect<Feature.Action>) async {
        for id in effect.cancellations { queue.removeAll { $0.id == id } }
        for operation in effect.operations {
            if let id = operation.id { queue.removeAll { $0.id == id } }
            let box = Mutex<[Feature.Action]>([])
            await operation.body(Send { action in box.withLock { $0.append(action) } })
            let sent = box.withLock { $0 }
            queue += sent.map { (action: $0, id: operation.id) }
        }
    }

    private func dumped(_ value: some Any) -> String {
        var text = ""
        dump(value, to: &text)
        return text
    }

    private func describe(_ action: Feature.Action) -> String {
        var text = ""
        dump(action, to: &text, maxDepth: 4)
        return text
    }
}
