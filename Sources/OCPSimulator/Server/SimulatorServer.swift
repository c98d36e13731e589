import Hummingbird
import NIOCore
import OCPAPI

/// A running simulator inside the caller's process: `start` returns once it listens; `shutdown`
/// stops it and waits until it has.
///
/// ```swift
/// let sim = try await SimulatorServer.start(SimulatorConfiguration(port: 0))
/// print(sim.baseURL)   // http://127.0.0.1:54321
/// await sim.shutdown()
/// ```
/// The server runs in a task this handle owns; dropping the handle cancels it. For a
/// lifetime bound to a scope, use `withRunning(_:_:)`.
public final class SimulatorServer: Sendable {
    /// The port it listens on.
    public let port: Int
    /// `http://host:port`.
    public let baseURL: String
    /// The credentials it accepts.
    public let credentials: AuthCredentials
    /// The shared state (tests inspect it).
    public let state: SimulatorState
    /// Requests received and faults injected (tests inspect them).
    public let counters: SimulatorCounters
    private let task: Task<Void, any Error>

    private init(environment: SimulatorEnvironment, port: Int, baseURL: String, task: Task<Void, any Error>) {
        self.port = port
        self.baseURL = baseURL
        credentials = environment.configuration.credentials
        state = environment.state
        counters = environment.counters
        self.task = task
    }

    /// Starts a simulator and returns once it listens.
    /// - Throws: `StateFileError`, `SimulatorStartError`, or the error that kept it from listening.
    public static func start(_ configuration: SimulatorConfiguration) async throws -> SimulatorServer {
        let environment = try SimulatorEnvironment(configuration)
        let (ports, continuation) = AsyncStream.makeStream(of: Int.self)
        let application = SimulatorApplication.application(environment) { channel in
            continuation.yield(channel.localAddress?.port ?? configuration.port)
            continuation.finish()
        }
        let task = Task {
            defer { continuation.finish() }
            try await application.run()
        }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else {
            try await task.value
            throw SimulatorStartError(message: "The simulator stopped before it listened on \(configuration.host):\(configuration.port).")
        }
        return SimulatorServer(environment: environment, port: port, baseURL: baseURL(host: configuration.host, port: port), task: task)
    }

    deinit { task.cancel() }

    /// Stops the server, waits until it has stopped, and writes the state file (when there is
    /// one) with the simulated clock's position.
    public func shutdown() async {
        task.cancel()
        _ = await task.result
        await state.saveClockPosition()
    }
}
