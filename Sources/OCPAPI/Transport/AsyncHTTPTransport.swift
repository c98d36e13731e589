import AsyncHTTPClient
import NIOCore
import NIOHTTP1
import NIOPosix
import NIOSSL

/// The production transport, on AsyncHTTPClient: HTTP/1.1, no redirects, TLS verified by default.
public final class AsyncHTTPTransport: OCPTransport {
    private let client: HTTPClient
    private let maxBodyBytes: Int

    /// Makes a transport.
    /// - Parameters:
    ///   - tls: certificate verification options.
    ///   - connectTimeout: how long a TCP connect may take.
    ///   - maxBodyBytes: the largest response body accepted.
    /// - Throws: `OCPAPIError` when the CA file cannot be used.
    public init(
        tls: TLSOptions = TLSOptions(), connectTimeout: Duration = .seconds(10), maxBodyBytes: Int = 64 << 20
    )
        throws(OCPAPIError)
    {
        var tlsConfiguration = TLSConfiguration.makeClientConfiguration()
        if tls.insecure {
            tlsConfiguration.certificateVerification = .none
        }
        if let path = tls.caCertificatePath {
            do {
                let certificates = try NIOSSLCertificate.fromPEMFile(path)
                guard !certificates.isEmpty else { throw OCPAPIError.invalidRequest("no certificate in \(path)") }
                tlsConfiguration.trustRoots = .certificates(certificates)
            } catch {
                throw .invalidRequest("Cannot read CA certificates from \(path): \(error). Give a PEM file with --cacert.")
            }
        }
        var configuration = HTTPClient.Configuration(
            tlsConfiguration: tlsConfiguration,
            redirectConfiguration: .disallow,
            timeout: .init(connect: .init(connectTimeout)),
            decompression: .disabled
        )
        configuration.httpVersion = .http1Only
        // The client retries idempotent requests itself, with its own backoff; a refused
        // connection should surface at once rather than after the connect timeout.
        configuration.connectionPool.retryConnectionEstablishment = false
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.maxBodyBytes = maxBodyBytes
    }

    /// Sends the request through AsyncHTTPClient and classifies failures.
    public func send(_ request: HTTPRequestMessage, timeout: Duration) async throws -> HTTPResponseMessage {
        var outgoing = HTTPClientRequest(url: request.url)
        outgoing.method = HTTPMethod(rawValue: request.method)
        for header in request.headers {
            outgoing.headers.add(name: header.name, value: header.value)
        }
        if let body = request.body {
            outgoing.body = .bytes(ByteBuffer(bytes: body))
        }
        do {
            let response = try await client.execute(outgoing, timeout: .init(timeout))
            var buffer = try await response.body.collect(upTo: maxBodyBytes)
            let bytes = buffer.readBytes(length: buffer.readableBytes) ?? []
            return HTTPResponseMessage(
                status: Int(response.status.code),
                headers: response.headers.map { (name: $0.name, value: $0.value) },
                body: bytes
            )
        } catch is CancellationError {
            throw CancellationError()
        } catch let error as NIOTooManyBytesError {
            throw TransportFailure.responseTooLarge(error.maxBytes ?? maxBodyBytes)
        } catch {
            throw Self.classify(error)
        }
    }

    /// Shuts the client down.
    public func shutdown() async {
        try? await client.shutdown()
    }

    static func classify(_ error: any Error) -> TransportFailure {
        if let error = error as? HTTPClientError {
            switch error {
            case .connectTimeout, .socksHandshakeTimeout, .tlsHandshakeTimeout:
                return .notConnected("could not connect in time")
            case .deadlineExceeded, .readTimeout, .writeTimeout:
                return .timedOut
            case .remoteConnectionClosed, .cancelled:
                return .interrupted("the server closed the connection")
            default:
                return .interrupted(String(describing: error))
            }
        }
        if error is NIOSSLError || error is BoringSSLError {
            return .tlsRejected(String(describing: error))
        }
        if error is NIOConnectionError || (error as? ChannelError) == .connectTimeout(.zero) {
            return .notConnected(String(describing: error))
        }
        if let error = error as? ChannelError, case .connectTimeout = error {
            return .notConnected("could not connect in time")
        }
        if let error = error as? IOError, [ECONNREFUSED, ENETUNREACH, EHOSTUNREACH].contains(error.errnoCode) {
            return .notConnected(String(describing: error))
        }
        return .interrupted(String(describing: error))
    }
}
