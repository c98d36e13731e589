import OCPAPI

/// A transport that lets at most `limit` requests be at OCP at once; the others wait their turn
/// (in the order they came). `health --concurrency N` is this bound, whatever number of calls
/// each cluster's reading makes side by side.
final class LimitedTransport: OCPTransport {
    private let base: any OCPTransport
    private let gate: RequestGate

    /// Wraps `base` with a bound of `limit` (at least 1) requests in flight.
    init(_ base: any OCPTransport, limit: Int) {
        self.base = base
        gate = RequestGate(permits: max(1, limit))
    }

    /// Waits for a turn, sends `request` through the base transport, and gives the turn back.
    func send(_ request: HTTPRequestMessage, timeout: Duration) async throws -> HTTPResponseMessage {
        await gate.acquire()
        defer { gate.release() }
        return try await base.send(request, timeout: timeout)
    }

    /// Shuts the base transport down.
    func shutdown() async { await base.shutdown() }
}
