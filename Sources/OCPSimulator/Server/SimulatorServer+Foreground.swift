import Hummingbird
import NIOCore

/// Running in the foreground, as `ocpbackup sim` does.
extension SimulatorServer {
    /// Serves until SIGINT or SIGTERM, then shuts down gracefully and writes the state file's
    /// clock position; `onListening` gets the base URL (with the port actually bound) once the
    /// server listens.
    package static func runUntilSignalled(
        _ environment: SimulatorEnvironment, onListening: @escaping @Sendable (String) async -> Void
    ) async throws {
        let configuration = environment.configuration
        let application = SimulatorApplication.application(environment) { channel in
            await onListening(baseURL(host: configuration.host, port: channel.localAddress?.port ?? configuration.port))
        }
        try await application.runService(gracefulShutdownSignals: [.sigterm, .sigint])
        await environment.state.saveClockPosition()
    }

    /// `http://host:port`, with brackets around an IPv6 host.
    public static func baseURL(host: String, port: Int) -> String {
        "http://\(host.contains(":") ? "[\(host)]" : host):\(port)"
    }
}
