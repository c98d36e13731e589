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
    static func with<T>(
        _ options: ConnectionOptions, _ body: (ClientSession) async throws(CommandFailure) -> T
    )
        async throws(CommandFailure) -> T
    {
        let environment = ProcessInfo.processInfo.environment
        LogSetup.bootstrap(options.logging, environment: environment)
        let settings = try ConnectionSettings.resolve(options, environment: environment)
        return try await with(settings: settings, body)
    }

    /// Opens a transport for `settings` (logging already set up), runs `body`, and always shuts
    /// the transport down.
    static func with<T>(
        settings: ConnectionSettings, _ body: (ClientSession) async throws(CommandFailure) -> T
    )
        async throws(CommandFailure) -> T
    {
        let transport: AsyncHTTPTransport
        do {
            transport = try AsyncHTTPTransport(tls: settings.tls)
        } catch {
            throw .usage(error.message)
        }
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

    /// Sends one mutation (never resent) and records it in the audit log, whatever the outcome.
    func mutate(
        _ request: PreparedRequest, operation: String, cluster: Cluster
    ) async throws(CommandFailure)
        -> OCPResponse<BackupCommonResponse>
    {
        let outcome: Result<OCPResponse<BackupCommonResponse>, OCPAPIError>
        do {
            outcome = .success(try await client.perform(request, as: BackupCommonResponse.self))
        } catch {
            outcome = .failure(error)
        }
        AuditRecorder(settings: settings).record(operation: operation, cluster: cluster, request: request, outcome: outcome)
        return try outcome.mapError(CommandFailure.api).get()
    }

    /// Refuses a change in read-only mode.
    func requireWritable(_ operation: String) throws(CommandFailure) {
        if settings.readonly {
            throw .usage("Read-only mode is on (--readonly or the profile): \(operation) refused; nothing was sent.")
        }
    }
}
