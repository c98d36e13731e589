/// The console's live store: it holds the state, runs the reducer on the run loop's thread and
/// starts each returned effect on its `EffectRunner`.
///
/// A run loop drives it like this:
/// ```
/// let store = Store(initialState: state, feature: feature, wake: { wakePipe.signal() })
/// async let effects: Void = store.runner.run()      // one task group for all effects
/// store.send(.start)
/// while !store.state.shouldQuit {
///     poll(terminal, wakePipe)                       // blocks; no tick
///     if wakePipe.readable { wakePipe.drain(); store.drainInbox() }
///     if let key = terminal.key(), let action = keyMap.action(for: key, in: store.state) { store.send(action) }
///     render(store.state)
/// }
/// store.runner.stop(); await effects
/// ```
/// The store is not `Sendable`: it lives on the loop's thread. Only the runner crosses threads.
public final class Store<Feature: Reducer> {
    /// The current state.
    public private(set) var state: Feature.State
    /// Where effects run; call `run()` on it once.
    public let runner: EffectRunner<Feature.Action>
    private let feature: Feature

    /// Makes a store; `wake` is called from any thread when a result waits in the inbox.
    public init(initialState: Feature.State, feature: Feature, wake: @escaping @Sendable () -> Void) {
        self.state = initialState
        self.feature = feature
        self.runner = EffectRunner(wake: wake)
    }

    /// Applies an intent and starts the work it asks for.
    public func send(_ action: Feature.Action) {
        runner.start(feature.reduce(into: &state, action: action))
    }

    /// Applies every result delivered since the last call; returns how many there were.
    @discardableResult
    public func drainInbox() -> Int {
        let actions = runner.drain()
        for action in actions { send(action) }
        return actions.count
    }

    /// Whether effects are still running (a loading indicator, or a test waiting for idle).
    public var isBusy: Bool { runner.inFlightCount > 0 }
}
