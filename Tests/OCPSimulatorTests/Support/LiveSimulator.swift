import Foundation
import OCPAPI
import OCPSimulator

/// A simulator on a real loopback socket, with the `OCPAPI` client pointed at it.
enum LiveSimulator {
    /// Starts a simulator, runs `body` with it and a client using `credentials` (reading bodies of
    /// at most `maxBodyBytes`), then stops both.
    static func with<Value: Sendable>(
        _ configuration: SimulatorConfiguration = SimulatorConfiguration(port: 0, seed: 7),
        credentials: (SimulatorServer) -> OCPCredentials = { .basic(user: $0.credentials.user, password: $0.credentials.password) },
        retry: RetryPolicy = RetryPolicy(maxAttempts: 1),
        timeout: Duration = .seconds(20),
        maxBodyBytes: Int = 64 << 20,
        _ body: (SimulatorServer, OCPClient) async throws -> Value
    ) async throws -> Value {
        try await SimulatorServer.withRunning(configuration) { server in
            let transport = try AsyncHTTPTransport(maxBodyBytes: maxBodyBytes)
            let client = OCPClient(
                configuration: OCPClientConfiguration(
                    baseURL: try OCPBaseURL(parsing: server.baseURL), credentials: credentials(server), timeout: timeout, retry: retry),
                transport: transport, sleep: { _ in })
            do {
                let value = try await body(server, client)
                await transport.shutdown()
                return value
            } catch {
                await transport.shutdown()
                throw error
            }
        }
    }

    /// AK/SK with the server's AccessKey.
    static func accessKey(_ server: SimulatorServer) -> OCPCredentials {
        .accessKey(id: server.credentials.accessKeyId, secret: server.credentials.accessKeySecret)
    }
}
