import Synchronization

/// Records the waits code under test asks for, instead of waiting.
public final class RecordedSleeps: Sendable {
    private let waits = Mutex<[Duration]>([])

    /// Makes an empty record.
    public init() {}

    /// The sleep function to inject.
    public var sleep: @Sendable (Duration) async throws -> Void {
        { duration in self.waits.withLock { $0.append(duration) } }
    }

    /// Every wait asked for, in order.
    public var all: [Duration] { waits.withLock { $0 } }
}
