import Synchronization

/// A counting semaphore for tasks: `acquire()` waits (without holding a thread) until one of
/// the permits is free, first come first served; `release()` hands it to the next waiter.
final class RequestGate: Sendable {
    private struct Storage {
        var available: Int
        var waiters: [CheckedContinuation<Void, Never>] = []
    }

    private let storage: Mutex<Storage>

    /// A gate with `permits` permits.
    init(permits: Int) { storage = Mutex(Storage(available: permits)) }

    /// Takes a permit, waiting for one when none is free.
    func acquire() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let granted = storage.withLock { storage in
                guard storage.available > 0 else {
                    storage.waiters.append(continuation)
                    return false
                }
                storage.available -= 1
                return true
            }
            if granted { continuation.resume() }
        }
    }

    /// Gives a permit back: to the oldest waiter, if any.
    func release() {
        let next = storage.withLock { storage -> CheckedContinuation<Void, Never>? in
            guard !storage.waiters.isEmpty else {
                storage.available += 1
                return nil
            }
            return storage.waiters.removeFirst()
        }
        next?.resume()
    }
}
