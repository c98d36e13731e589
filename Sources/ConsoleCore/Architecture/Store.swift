/// The console's live store: it holds the state, runs the reducer on the run loop's thread and
/// starts each returned effect on its `EffectRunner`.
///
/// The app does not drive it directly: `ConsoleSession` (in ConsoleUI) is the frame step that
/// sends keys, resizes and effect results to it and renders. Its effects run like this:
/// ```
/// let store = Store(initialState: state, feature: feature, wake: { wakeUpPipe.wake() })
/// async let effects: Void = store.runner.run()      // one task group for all effects
/// // … the run loop calls store.drainInbox() when the wake-up pipe is readable …
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

    /// A store whose effects are dropped (its runner is stopped from the start), for tests and
    /// benchmarks that deliver the results by hand with ``send(_:)``.
    package static func discardingEffects(initialState: Feature.State, feature: Feature) -> Store {
        let store = Store(initialState: initialState, feature: feature, wake: {})
        store.runner.stop()
        return store
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
