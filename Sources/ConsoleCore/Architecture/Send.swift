/// Hands actions from a running effect back to the store that started it.
public struct Send<Action: Sendable>: Sendable {
    private let deliver: @Sendable (Action) -> Void

    /// Wraps the function that delivers an action.
    public init(_ deliver: @escaping @Sendable (Action) -> Void) {
        self.deliver = deliver
    }

    /// Delivers `action` to the store.
    public func callAsFunction(_ action: Action) {
        deliver(action)
    }
}
