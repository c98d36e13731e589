import Dispatch

/// Runs blocking work (starting `tmux` and waiting for it) on a thread of its own, so a test
/// that does it all the time, like the monkey, never holds one of the few threads of Swift's
/// cooperative pool that other tests' in-process simulators need.
enum OffThePool {
    private static let queue = DispatchQueue(label: "ocpbackup.tests.blocking")

    /// The result of `work`, run on the blocking queue.
    static func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            queue.async { continuation.resume(with: Result { try work() }) }
        }
    }
}
