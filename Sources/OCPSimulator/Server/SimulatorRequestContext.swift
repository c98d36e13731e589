import Hummingbird
import NIOCore

/// The request context of the simulator: Hummingbird's core storage, when the request
/// arrived (for `duration`), and the connection (so a fault can drop it).
package struct SimulatorRequestContext: RequestContext {
    /// Hummingbird's per-request storage.
    package var coreContext: CoreRequestContextStorage
    /// When the request arrived.
    package let started: ContinuousClock.Instant
    /// The connection the request came on.
    package let channel: any Channel

    /// Makes the context of a new request.
    package init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        started = ContinuousClock.now
        channel = source.channel
    }

    /// Strategy bodies are small; 1 MiB is plenty.
    package var maxUploadSize: Int { 1 << 20 }
}
