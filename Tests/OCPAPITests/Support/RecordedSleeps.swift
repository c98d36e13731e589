import OCPAPI
import Synchronization

/// Records the waits a client asks for instead of sleeping.
final class RecordedSleeps: Sendable {
    private let waits = Mutex<[Duration]>([])
    var all: [Duration] { waits.withLock { $0 } }
    func sleep(_ duration: Duration) async throws { waits.withLock { $0.append(duration) } }
}
