import Foundation

/// Runs blocking work (starting `tmux` and waiting for it) on a thread of its own, so a test
/// never holds one of the few threads of Swift's cooperative pool that other tests' in-process
/// simulators (their request handlers are tasks) need to answer.
public enum OffThePool {
    /// The result of `work`, run on a new thread.
    public static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }
}
