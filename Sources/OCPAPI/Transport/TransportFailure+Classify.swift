import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

extension TransportFailure {
    /// A network or TLS error of AsyncHTTPClient, NIO or NIOSSL as a failure whose text is a
    /// sentence for a person, naming `target` (`host:port`). Known classes map to their own
    /// sentences; a library error's own description never reaches the text (it names types and
    /// source paths of the build).
    static func classify(_ error: any Error, target: Target) -> TransportFailure {
        if let error = error as? NIOConnectionError {
            if error.dnsAError != nil || error.dnsAAAAError != nil, error.connectionErrors.isEmpty {
                return .notConnected("The name \(target.host) could not be resolved; check the host name in the URL")
            }
            if let first = error.connectionErrors.first { return classify(first.error, target: target) }
            return .notConnected("Could not connect to \(target)")
        }
        if let error = error as? IOError {
            return fromErrno(error.errnoCode, target: target)
        }
        if let error = error as? HTTPClientError {
            return fromClient(error, target: target)
        }
        if let error = error as? NIOSSLError {
            return fromTLS(error, target: target)
        }
        if let error = error as? NIOSSLExtraError, error == .failedToValidateHostname {
            return .tlsRejected("the certificate of \(target) does not name \(target.host)")
        }
        if error is BoringSSLError || error is NIOSSLExtraError {
            return .tlsRejected("the TLS handshake with \(target) failed")
        }
        if error is HTTPParserError {
            return .interrupted(
                "\(target) did not answer with HTTP" + (target.scheme == "http" ? "; if it serves TLS, use an https:// URL" : ""))
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return .notConnected("Could not connect to \(target) in time")
        }
        return .interrupted("the connection to \(target) failed")
    }

    /// Where a request went: scheme, host and port, printed `host:port`.
    struct Target: CustomStringConvertible {
        /// `http` or `https`.
        let scheme: String
        /// The host as the URL gives it.
        let host: String
        /// The port, explicit or the scheme's.
        let port: Int

        /// The target of an absolute URL (`?` for a host it lacks).
        init(url: String) {
            let components = URLComponents(string: url)
            scheme = components?.scheme?.lowercased() ?? "http"
            host = components?.host ?? "?"
            port = components?.port ?? (scheme == "https" ? 443 : 80)
        }

        /// `host:port`, IPv6 hosts in brackets.
        var description: String { host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)" }
    }

    private static func fromErrno(_ code: Int32, target: Target) -> TransportFailure {
        switch code {
        case ECONNREFUSED: .notConnected("Connection refused by \(target): nothing listens there")
        case ENETUNREACH: .notConnected("The network of \(target) cannot be reached from here")
        case EHOSTUNREACH: .notConnected("\(target) cannot be reached from here (no route to the host)")
        case ETIMEDOUT: .notConnected("Connecting to \(target) timed out")
        case ECONNRESET:
            .interrupted("\(target) reset the connection" + (target.scheme == "http" ? "; if it serves TLS, use an https:// URL" : ""))
        case EPIPE: .interrupted("\(target) closed the connection")
        default: .interrupted("the connection to \(target) failed (\(String(cString: strerror(code))))")
        }
    }

    private static func fromClient(_ error: HTTPClientError, target: Target) -> TransportFailure {
        switch error {
        case .connectTimeout, .socksHandshakeTimeout, .httpProxyHandshakeTimeout:
            .notConnected("Could not connect to \(target) in time")
        case .tlsHandshakeTimeout:
            .notConnected(
                "\(target) did not complete a TLS handshake in time" + (target.scheme == "https" ? "; perhaps it serves plain http://" : ""))
        case .deadlineExceeded, .readTimeout, .writeTimeout:
            .timedOut
        case .remoteConnectionClosed, .uncleanShutdown:
            .interrupted(
                "\(target) closed the connection without an answer"
                    + (target.scheme == "http" ? "; if it serves TLS, use an https:// URL" : ""))
        case .cancelled:
            .interrupted("the request to \(target) was cancelled")
        default:
            .interrupted("the exchange with \(target) failed")
        }
    }

    private static func fromTLS(_ error: NIOSSLError, target: Target) -> TransportFailure {
        guard case .handshakeFailed(let boring) = error else {
            if case .uncleanShutdown = error {
                return .interrupted("\(target) closed the TLS connection without an answer")
            }
            return .tlsRejected("the TLS connection with \(target) failed")
        }
        let reasons: [String]
        switch boring {
        case .sslError(let stack), .unknownError(let stack): reasons = stack.compactMap { TLSReason.code(in: $0.description) }
        default: reasons = []
        }
        if reasons.contains(where: TLSReason.notTLS.contains) {
            return .notConnected(
                "The server at \(target) did not answer TLS; perhaps it serves plain http:// (--url http://\(target))")
        }
        if reasons.contains("CERTIFICATE_VERIFY_FAILED") {
            return .tlsRejected("the certificate of \(target) is not signed by a trusted CA")
        }
        return .tlsRejected("the TLS handshake with \(target) failed" + (reasons.first.map { " (\($0))" } ?? ""))
    }
}

/// BoringSSL's reason codes, read from an error's text (the only place NIOSSL gives them): the
/// code is kept, the rest of the text (numbers, source paths) is dropped.
private enum TLSReason {
    /// Reasons meaning the other side does not speak TLS (a plain-HTTP server answered).
    static let notTLS: Set<String> = ["WRONG_VERSION_NUMBER", "HTTP_REQUEST", "PACKET_LENGTH_TOO_LONG", "UNKNOWN_PROTOCOL"]

    /// `WRONG_VERSION_NUMBER` from `error:100000f7:SSL routines:OPENSSL_internal:WRONG_VERSION_NUMBER at …`.
    static func code(in text: String) -> String? {
        guard let range = text.range(of: #"error:[0-9A-Fa-f]+:[^:]*:[^:]*:[A-Z0-9_]+"#, options: .regularExpression) else { return nil }
        return text[range].split(separator: ":").last.map(String.init)
    }
}
