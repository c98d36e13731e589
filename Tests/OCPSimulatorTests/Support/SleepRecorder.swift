import Synchronization

/// Records the waits the fault injector asks for, instead of waiting.
final class SleepRecorder: Sendable {
    private let waits = Mutex<[Duration]>([])

    /// The sleep function to configure.
    var sleep: @Sendable (Duration) async throws -> Void {
        { duration in self.waits.withLock { $0.append(duration) } }
    }

    /// Every wait asked for, in order.
    var recorded: [Duration] { waits.withLock { $0 } }
}
