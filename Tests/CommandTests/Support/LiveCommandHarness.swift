import Foundation
import OCPSimulator

/// A simulator on a loopback port and a runner whose environment points the binary at it.
enum LiveCommandHarness {
    /// Starts a simulator, runs `body`, and stops the simulator whatever happens.
    static func with(
        _ configuration: SimulatorConfiguration = SimulatorConfiguration(port: 0, seed: 11), accessKey: Bool = false,
        _ body: (SimulatorServer, CommandRunner) async throws -> Void
    ) async throws {
        let server = try await SimulatorServer.start(configuration)
        var runner = try CommandRunner()
        runner.environment["OCP_URL"] = server.baseURL
        if accessKey {
            runner.environment["OCP_ACCESS_KEY_ID"] = server.credentials.accessKeyId
            runner.environment["OCP_ACCESS_KEY_SECRET"] = server.credentials.accessKeySecret.reveal()
        } else {
            runner.environment["OCP_USER"] = server.credentials.user
            runner.environment["OCP_PASSWORD"] = server.credentials.password.reveal()
        }
        do {
            try await body(server, runner)
        } catch {
            await server.shutdown()
            throw error
        }
        await server.shutdown()
    }
}
