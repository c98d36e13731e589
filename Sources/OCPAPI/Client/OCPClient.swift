import Foundation
import Logging

/// The OCP REST client: builds, signs, sends and decodes the requests listed in docs/ocp-api.md.
///
/// Every request carries `Content-Type: application/json`, an RFC 1123 `Date`, the explicit
/// `Host` that is signed, and the configured `x-ocp*` headers. The body is serialized once; the
/// same bytes are hashed and sent, and the query sent is the canonical one that was signed.
/// Only GETs are retried.
public struct OCPClient: Sendable {
    /// The configuration in use.
    public let configuration: OCPClientConfiguration
    let transport: any OCPTransport
    let now: @Sendable () -> Date
    let sleep: @Sendable (Duration) async throws -> Void
    let logger: Logger

    /// Makes a client.
    /// - Parameters:
    ///   - configuration: where and how to connect.
    ///   - transport: the HTTP transport (AsyncHTTPClient in production).
    ///   - now: the clock for `Date` headers.
    ///   - sleep: how to wait between retries.
    ///   - logger: where request lines go; never receives secrets.
    public init(
        configuration: OCPClientConfiguration, transport: any OCPTransport, now: @escaping @Sendable () -> Date = { Date() },
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) },
        logger: Logger = Logger(label: "ocpbackup.api", factory: { _ in SwiftLogNoOpLogHandler() })
    ) {
        self.configuration = configuration
        self.transport = transport
        self.now = now
        self.sleep = sleep
        self.logger = logger
    }

    /// The headers and URL for one attempt of `request`, signed when AK/SK is configured.
    package func wireRequest(for request: PreparedRequest, date: Date) -> HTTPRequestMessage {
        let base = configuration.baseURL
        let path = base.basePath + request.path
        let dateText = HTTPDate.format(date)
        let contentType = "application/json"
        var headers: [(name: String, value: String)] = [
            ("Host", base.hostHeader), ("Date", dateText), ("Content-Type", contentType), ("Accept", "application/json"),
        ]
        if let language = configuration.language { headers.append(("Accept-Language", language)) }
        headers.append(contentsOf: configuration.ocpHeaders)
        if request.authenticated {
            switch configuration.credentials {
            case .basic(let user, let password):
                let token = Data("\(user):\(password.reveal())".utf8).base64EncodedString()
                headers.append(("Authorization", "Basic \(token)"))
            case .accessKey(let id, let secret):
                let input = SigningInput(
                    method: request.method, body: request.body ?? [], contentType: contentType, date: dateText,
                    host: base.hostHeader, ocpHeaders: configuration.ocpHeaders, path: path, query: request.query
                )
                let signature = OCPSigner.sign(input, secret: secret)
                headers.append(("Authorization", OCPSigner.authorization(accessKeyId: id, signature: signature)))
            case .anonymous:
                break
            }
        }
        let url = base.origin + CanonicalQuery.pathAndQuery(path: path, items: request.query)
        return HTTPRequestMessage(method: request.method, url: url, headers: headers, body: request.body)
    }

    /// Sends `request`, retrying GETs as the policy allows, and returns the raw response of the
    /// last attempt when its status is 2xx.
    /// - Throws: `OCPAPIError` for transport failures and for non-2xx answers.
    public func send(_ request: PreparedRequest) async throws(OCPAPIError) -> HTTPResponseMessage {
        let attempts = request.isIdempotent ? max(1, configuration.retry.maxAttempts) : 1
        var attempt = 0
        while true {
            attempt += 1
            let started = ContinuousClock.now
            let outcome: HTTPResponseMessage
            do {
                outcome = try await transport.send(wireRequest(for: request, date: now()), timeout: configuration.timeout)
            } catch let failure as TransportFailure {
                let error = Self.error(for: failure, request: request)
                logger.info("\(request.method) \(request.path) failed: \(error.kind.rawValue) (attempt \(attempt))")
                guard error.kind == .connection || error.kind == .timeout, request.isIdempotent, attempt < attempts else {
                    throw error
                }
                try await wait(configuration.retry.delay(afterAttempt: attempt, rateLimitReset: nil), request: request)
                continue
            } catch {
                throw OCPAPIError(kind: .cancelled, message: "The request was cancelled.", method: request.method, path: request.path)
            }
            let elapsed = ContinuousClock.now - started
            let traceId = ErrorDecoding.traceId(in: outcome.body)
            logger.info(
                "\(request.method) \(request.path) -> \(outcome.status) in \(elapsed.milliseconds) ms traceId=\(traceId ?? "-")"
            )
            if (200..<300).contains(outcome.status) { return outcome }
            if request.isIdempotent, RetryPolicy.isRetryable(status: outcome.status), attempt < attempts {
                try await wait(
                    configuration.retry.delay(afterAttempt: attempt, rateLimitReset: outcome.header("RateLimit-Reset")),
                    request: request
                )
                continue
            }
            throw ErrorDecoding.error(from: outcome, method: request.method, path: request.path)
        }
    }

    /// Sends `request` and decodes the `data` of OCP's envelope (or the bare body when the
    /// operation has no envelope).
    public func perform<Value: Codable & Sendable>(
        _ request: PreparedRequest, as type: Value.Type
    )
        async throws(OCPAPIError) -> OCPResponse<Value>
    {
        let response = try await send(request)
        return try ErrorDecoding.decode(response, as: type, request: request)
    }

    private func wait(_ delay: Duration, request: PreparedRequest) async throws(OCPAPIError) {
        do {
            try await sleep(delay)
        } catch {
            throw OCPAPIError(kind: .cancelled, message: "The request was cancelled.", method: request.method, path: request.path)
        }
    }

    static func error(for failure: TransportFailure, request: PreparedRequest) -> OCPAPIError {
        let method = request.method
        let path = request.path
        switch failure {
        case .notConnected(let detail):
            return OCPAPIError(kind: .connection, message: "\(detail).", method: method, path: path)
        case .tlsRejected(let detail):
            return OCPAPIError(
                kind: .tls, message: "OCP's TLS certificate was not accepted: \(detail).", method: method, path: path)
        case .timedOut where request.isIdempotent:
            return OCPAPIError(kind: .timeout, message: "OCP did not answer in time.", method: method, path: path)
        case .interrupted(let detail) where request.isIdempotent:
            return OCPAPIError(kind: .connection, message: "The connection to OCP broke: \(detail).", method: method, path: path)
        case .timedOut, .interrupted:
            return OCPAPIError(
                kind: .outcomeUnknown, message: "No answer came back for \(method); OCP may or may not have applied it.",
                method: method, path: path
            )
        case .responseTooLarge(let limit):
            return OCPAPIError(kind: .decoding, message: "The answer was larger than \(limit) bytes.", method: method, path: path)
        }
    }
}

extension Duration {
    /// Whole milliseconds.
    var milliseconds: Int64 { components.seconds * 1000 + components.attoseconds / 1_000_000_000_000_000 }
}
