/// Work a reducer asks for, as a value: operations to run concurrently and keys to cancel.
///
/// An operation with an `id` replaces any running operation with the same id (its later
/// results are dropped), so a refresh or a reload never delivers stale data.
public struct Effect<Action: Sendable>: Sendable {
    /// One asynchronous piece of work that may send any number of actions back.
    public struct Operation: Sendable {
        /// The cancellation key, if any.
        public var id: String?
        /// The work; it reports through `Send`.
        public var body: @Sendable (Send<Action>) async -> Void

        /// Makes an operation.
        public init(id: String?, body: @escaping @Sendable (Send<Action>) async -> Void) {
            self.id = id
            self.body = body
        }
    }

    /// Operations to start.
    public private(set) var operations: [Operation]
    /// Keys of running operations to cancel before the new ones start.
    public private(set) var cancellations: [String]

    /// Makes an effect.
    public init(operations: [Operation] = [], cancellations: [String] = []) {
        self.operations = operations
        self.cancellations = cancellations
    }

    /// No work.
    public static var none: Effect { Effect() }

    /// Whether there is nothing to do.
    public var isNone: Bool { operations.isEmpty && cancellations.isEmpty }

    /// Work that may send several actions (pages of a list, say).
    public static func run(id: String? = nil, _ body: @escaping @Sendable (Send<Action>) async -> Void) -> Effect {
        Effect(operations: [Operation(id: id, body: body)])
    }

    /// Work that ends with at most one action.
    public static func task(id: String? = nil, _ work: @escaping @Sendable () async -> Action?) -> Effect {
        .run(id: id) { send in
            if let action = await work() { send(action) }
        }
    }

    /// Cancels the running operation with key `id` and drops its undelivered results.
    public static func cancel(id: String) -> Effect {
        Effect(cancellations: [id])
    }

    /// All the given effects together.
    public static func merge(_ effects: [Effect]) -> Effect {
        effects.reduce(into: Effect()) { $0 = $0.merging($1) }
    }

    /// This effect and `other` together.
    public func merging(_ other: Effect) -> Effect {
        Effect(operations: operations + other.operations, cancellations: cancellations + other.cancellations)
    }

    /// The same work with its actions wrapped by `transform` (for child features).
    public func map<Other: Sendable>(_ transform: @escaping @Sendable (Action) -> Other) -> Effect<Other> {
        Effect<Other>(
            operations: operations.map { operation in
                Effect<Other>.Operation(id: operation.id) { send in
                    await operation.body(Send { send(transform($0)) })
                }
            },
            cancellations: cancellations)
    }
}
