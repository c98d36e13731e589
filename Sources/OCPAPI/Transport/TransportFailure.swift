/// Why a request got no HTTP response.
public enum TransportFailure: Error, Sendable, Equatable {
    /// No connection could be made, so nothing was sent.
    case notConnected(String)
    /// The TLS handshake failed, usually because the certificate could not be verified;
    /// nothing was sent.
    case tlsRejected(String)
    /// The connection broke or timed out after the request may have been sent.
    case interrupted(String)
    /// No response within the time allowed (the request may have been sent).
    case timedOut
    /// The response body exceeded the size limit.
    case responseTooLarge(Int)
}
