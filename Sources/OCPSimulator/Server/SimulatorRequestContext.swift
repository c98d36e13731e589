import Hummingbird
import NIOCore

/// The request context of the simulator: Hummingbird's core storage, when the request
/// arrived (for `duration`), and the connection (so a fault can drop it).
public struct SimulatorRequestContext: RequestContext {
    /// Hummingbird's per-request storage.
    public var coreContext: CoreRequestContextStorage
    /// When the request arrived.
    public let started: ContinuousClock.Instant
    /// The connection the request came on.
    public let channel: any Channel

    /// Makes the context of a new request.
    public init(source: ApplicationRequestContextSource) {
        coreContext = CoreRequestContextStorage(source: source)
        started = ContinuousClock.now
        channel = source.channel
    }

    /// Strategy bodies are small; 1 MiB is plenty.
    public var maxUploadSize: Int { 1 << 20 }
}
