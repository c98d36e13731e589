import Synchronization

/// Runs the operations of effects as child tasks of one task group and hands their actions to
/// the run loop through a locked inbox.
///
/// The app calls `run()` once, inside its own structured concurrency (for example next to the
/// terminal loop in a task group); it returns after `stop()`. Each delivered action is queued
/// and `wake` is called, so a loop blocked in `poll(2)` can wake up (the terminal writes a byte
/// to a pipe) and call `Store.drainInbox()`. Nothing here polls or sleeps.
public final class EffectRunner<Action: Sendable>: Sendable {
    private struct Launch: Sendable {
        let operation: Effect<Action>.Operation
        let generation: UInt64
        let cancelSignal: AsyncStream<Void>?
    }

    private struct Delivered {
        let action: Action
        let id: String?
        let generation: UInt64
    }

    private struct Shared {
        var inbox: [Delivered] = []
        var inFlight = 0
        var nextGeneration: UInt64 = 0
        var generations: [String: UInt64] = [:]
        var cancelSignals: [String: AsyncStream<Void>.Continuation] = [:]
        var stopped = false

        mutating func isCurrent(id: String?, generation: UInt64) -> Bool {
            guard let id else { return true }
            return generations[id] == generation
        }
    }

    private let shared = Mutex(Shared())
    private let launches: AsyncStream<Launch>
    private let launcher: AsyncStream<Launch>.Continuation
    private let wake: @Sendable () -> Void

    /// Makes a runner; `wake` is called after every delivered action and every finished operation.
    public init(wake: @escaping @Sendable () -> Void) {
        (launches, launcher) = AsyncStream.makeStream(of: Launch.self)
        self.wake = wake
    }

    /// Operations started and not yet finished.
    public var inFlightCount: Int { shared.withLock { $0.inFlight } }

    /// Whether actions wait in the inbox.
    public var hasPendingActions: Bool { shared.withLock { !$0.inbox.isEmpty } }

    /// Starts the work of `effect`: cancellations first, then each operation.
    public func start(_ effect: Effect<Action>) {
        guard !effect.isNone else { return }
        let starts: [Launch] = shared.withLock { shared in
            guard !shared.stopped else { return [] }
            for id in effect.cancellations {
                shared.cancelSignals.removeValue(forKey: id)?.finish()
                shared.nextGeneration += 1
                shared.generations[id] = shared.nextGeneration
            }
            return effect.operations.map { operation in
                shared.nextGeneration += 1
                shared.inFlight += 1
                guard let id = operation.id else {
                    return Launch(operation: operation, generation: shared.nextGeneration, cancelSignal: nil)
                }
                shared.cancelSignals.removeValue(forKey: id)?.finish()
                let (signal, continuation) = AsyncStream.makeStream(of: Void.self)
                shared.cancelSignals[id] = continuation
                shared.generations[id] = shared.nextGeneration
                return Launch(operation: operation, generation: shared.nextGeneration, cancelSignal: signal)
            }
        }
        for launch in starts { launcher.yield(launch) }
    }

    /// Takes every action delivered so far, dropping those of cancelled operations.
    public func drain() -> [Action] {
        shared.withLock { shared in
            let taken = shared.inbox
            shared.inbox.removeAll()
            return taken.filter { shared.isCurrent(id: $0.id, generation: $0.generation) }.map(\.action)
        }
    }

    /// Runs operations as they are started until `stop()`; then cancels what still runs and
    /// returns when every child task has finished.
    public func run() async {
        await withDiscardingTaskGroup { group in
            for await launch in launches {
                group.addTask { await self.execute(launch) }
            }
            group.cancelAll()
        }
    }

    /// Ends `run()`: no new operations start, running ones are cancelled and their results dropped.
    public func stop() {
        shared.withLock { $0.stopped = true }
        launcher.finish()
    }

    private func execute(_ launch: Launch) async {
        let id = launch.operation.id
        let generation = launch.generation
        let send = Send<Action> { action in
            self.deliver(Delivered(action: action, id: id, generation: generation))
        }
        if let signal = launch.cancelSignal {
            await withTaskGroup(of: Void.self) { race in
                race.addTask { await launch.operation.body(send) }
                race.addTask {
                    for await _ in signal {}
                }
                await race.next()
                race.cancelAll()
            }
        } else {
            await launch.operation.body(send)
        }
        shared.withLock { shared in
            shared.inFlight -= 1
            if let id, shared.generations[id] == generation {
                shared.cancelSignals.removeValue(forKey: id)?.finish()
            }
        }
        wake()
    }

    private func deliver(_ delivered: Delivered) {
        let accepted = shared.withLock { shared in
            guard !shared.stopped, shared.isCurrent(id: delivered.id, generation: delivered.generation) else { return false }
            shared.inbox.append(delivered)
            return true
        }
        if accepted { wake() }
    }
}
