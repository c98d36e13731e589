/// A simulator whose lifetime is a scope.
extension SimulatorServer {
    /// Starts a simulator, runs `body` with it, and shuts it down when `body` returns or throws.
    public static func withRunning<Value: Sendable>(
        _ configuration: SimulatorConfiguration, _ body: (SimulatorServer) async throws -> Value
    ) async throws -> Value {
        let server = try await start(configuration)
        do {
            let value = try await body(server)
            await server.shutdown()
            return value
        } catch {
            await server.shutdown()
            throw error
        }
    }
}
