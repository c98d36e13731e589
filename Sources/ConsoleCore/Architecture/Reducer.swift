/// A feature of the console: its state, the actions it understands, and how an action changes
/// the state and what work follows.
public protocol Reducer<State, Action>: Sendable {
    /// Everything the screen shows and the rules need.
    associatedtype State: Equatable & Sendable
    /// Intents (move, type, submit) and results of work (a page loaded).
    associatedtype Action: Equatable & Sendable

    /// Applies `action` to `state` and returns the work to run next.
    func reduce(into state: inout State, action: Action) -> Effect<Action>
}
