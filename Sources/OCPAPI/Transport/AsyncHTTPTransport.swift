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
            let bytes: [UInt8]
            do {
                bytes = try BoundedInput.read(file: path, limit: .caCertificates)
            } catch {
                throw .invalidRequest("Cannot read CA certificates: \(error.sentence) Give a PEM file with --cacert.")
            }
            guard let certificates = try? NIOSSLCertificate.fromPEMBytes(bytes), !certificates.isEmpty else {
                throw .invalidRequest("\(path) holds no PEM certificate. Give a PEM file of CA certificates with --cacert.")
            }
            tlsConfiguration.trustRoots = .certificates(certificates)
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
            let bytes = try await Self.collect(
                response.body, declaredLength: response.headers.first(name: "content-length").flatMap { Int($0) }, limit: maxBodyBytes)
            return HTTPResponseMessage(
                status: Int(response.status.code),
                headers: response.headers.map { (name: $0.name, value: $0.value) },
                body: bytes
            )
        } catch is CancellationError {
            throw CancellationError()
        } catch let failure as TransportFailure {
            throw failure
        } catch {
            throw TransportFailure.classify(error, target: .init(url: request.url))
        }
    }

    /// The body as one array, appended chunk by chunk into storage sized once from the declared
    /// length (never beyond `limit`): a page of clusters is held once, not grown by doubling and
    /// then copied out.
    /// - Throws: `TransportFailure.responseTooLarge` past `limit` bytes.
    static func collect(_ body: HTTPClientResponse.Body, declaredLength: Int?, limit: Int) async throws -> [UInt8] {
        var bytes: [UInt8] = []
        if let declaredLength, declaredLength > 0 { bytes.reserveCapacity(min(declaredLength, limit)) }
        for try await chunk in body {
            guard bytes.count + chunk.readableBytes <= limit else { throw TransportFailure.responseTooLarge(limit) }
            bytes.append(contentsOf: chunk.readableBytesView)
        }
        return bytes
    }

    /// Shuts the client down.
    public func shutdown() async {
        try? await client.shutdown()
    }
}
