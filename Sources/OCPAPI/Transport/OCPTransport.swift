/// Sends one HTTP request and collects the response: the seam between the client and the network.
public protocol OCPTransport: Sendable {
    /// Sends `request` and waits at most `timeout` for the whole response.
    /// - Throws: `TransportFailure`, or `CancellationError` when the task is cancelled.
    func send(_ request: HTTPRequestMessage, timeout: Duration) async throws -> HTTPResponseMessage
    /// Releases connections and threads.
    func shutdown() async
}
