import Foundation
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
        let settings = try ConnectionSettings.resolve(options, environment: ProcessInfo.processInfo.environment)
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
            transport: transport
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

    /// Refuses a change in read-only mode.
    func requireWritable(_ operation: String) throws(CommandFailure) {
        if settings.readonly {
            throw .usage("Read-only mode is on (--readonly or the profile): \(operation) refused; nothing was sent.")
        }
    }
}
