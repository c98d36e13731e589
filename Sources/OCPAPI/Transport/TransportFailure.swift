/// Why a request got no HTTP response. The texts are sentences for a person (without the final
/// full stop) naming the address: never a library error's own description.
public enum TransportFailure: Error, Sendable, Equatable {
    /// No connection could be made, so nothing was sent: `Connection refused by 127.0.0.1:9: …`.
    case notConnected(String)
    /// The TLS handshake failed, usually because the certificate could not be verified;
    /// nothing was sent: `the certificate of ocp:443 is not signed by a trusted CA`.
    case tlsRejected(String)
    /// The connection broke or timed out after the request may have been sent.
    case interrupted(String)
    /// No response within the time allowed (the request may have been sent).
    case timedOut
    /// The response body exceeded the size limit.
    case responseTooLarge(Int)
}
