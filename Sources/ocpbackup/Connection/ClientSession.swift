import Foundation
import Logging
import OCPAPI

/// An `OCPClient` on a real transport for the duration of one command.
struct ClientSession {
    /// The resolved settings.
    let settings: ConnectionSettings
    /// The client.
    let client: OCPClient

    /// Resolves the connection, opens a transport, runs `body`, and always shuts the transport down.
    /// `requestsInFlight` bounds the requests at OCP at once (`health --concurrency`).
    static func with<T>(
        _ options: ConnectionOptions, requestsInFlight: Int? = nil, _ body: (ClientSession) async throws(CommandFailure) -> T
    )
        async throws(CommandFailure) -> T
    {
        let environment = ProcessInfo.processInfo.environment
        LogSetup.bootstrap(options.logging, environment: environment)
        let settings = try ConnectionSettings.resolve(options, environment: environment)
        return try await with(settings: settings, requestsInFlight: requestsInFlight, body)
    }

    /// Opens a transport for `settings` (logging already set up), runs `body`, and always shuts
    /// the transport down.
    static func with<T>(
        settings: ConnectionSettings, requestsInFlight: Int? = nil, _ body: (ClientSession) async throws(CommandFailure) -> T
    )
        async throws(CommandFailure) -> T
    {
        let network: AsyncHTTPTransport
        do {
            network = try AsyncHTTPTransport(tls: settings.tls)
        } catch {
            throw .usage(error.message)
        }
        let transport: any OCPTransport = requestsInFlight.map { LimitedTransport(network, limit: $0) } ?? network
        let client = OCPClient(
            configuration: OCPClientConfiguration(
                baseURL: settings.baseURL, credentials: settings.credentials, language: settings.language,
                timeout: settings.timeout),
            transport: transport,
            logger: Logger(label: "ocpbackup.api")
        )
        let result: Result<T, CommandFailure>
        do {
            result = .success(try await body(ClientSession(settings: settings, client: client)))
        } catch {
            result = .failure(error)
        }
        await transport.shutdown()
        return try result.get()
    }

    /// Runs OCP calls; their errors become command failures with OCP's code, traceId and exit code.
    func call<T>(_ body: (OCPClient) async throws(OCPAPIError) -> T) async throws(CommandFailure) -> T {
        do {
            return try await body(client)
        } catch {
            throw .api(error)
        }
    }

    /// Sends one strategy mutation (never resent) and records it in the audit log, whatever the
    /// outcome.
    func mutate(
        _ request: PreparedRequest, operation: String, cluster: Cluster
    ) async throws(CommandFailure)
        -> OCPResponse<BackupCommonResponse>
    {
        do {
            return try await mutate(request, as: BackupCommonResponse.self, operation: operation, cluster: cluster, taskIds: \.allTaskIds)
        } catch {
            throw .api(error)
        }
    }

    /// Sends one mutation prepared earlier, byte for byte and once (never resent), decodes its
    /// answer as `Value` and records the request and the outcome (`taskIds` of the answer) in
    /// the audit log, whatever the outcome.
    /// - Throws: OCP's error, or `outcomeUnknown` when no answer came (the caller says how to check).
    func mutate<Value: Codable & Sendable>(
        _ request: PreparedRequest, as type: Value.Type, operation: String, cluster: Cluster, taskIds: (Value) -> [Int64]
    ) async throws(OCPAPIError) -> OCPResponse<Value> {
        let outcome: Result<OCPResponse<Value>, OCPAPIError>
        do {
            outcome = .success(try await client.perform(request, as: type))
        } catch {
            outcome = .failure(error)
        }
        AuditRecorder(settings: settings).record(
            operation: operation, cluster: cluster, request: request,
            outcome: outcome.map { .init(traceId: $0.traceId, httpStatus: $0.httpStatus, taskIds: taskIds($0.value)) })
        return try outcome.get()
    }

    /// Refuses a change in read-only mode.
    func requireWritable(_ operation: String) throws(CommandFailure) {
        if settings.readonly {
            throw .usage("Read-only mode is on (--readonly or the profile): \(operation) refused; nothing was sent.")
        }
    }
}
