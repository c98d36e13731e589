import Foundation
import Logging
import OCPAPI

/// Everything the simulator can be told: where to listen, what to accept, what to remember,
/// how big a fleet to serve, which faults to inject, and (for tests) the clock and the seed.
public struct SimulatorConfiguration: Sendable {
    /// Address to listen on (loopback by default).
    public var host: String
    /// Port to listen on; 0 picks a free one.
    public var port: Int
    /// The Basic user and password and the AccessKey pair accepted.
    public var credentials: AuthCredentials
    /// `--state FILE`: where strategies persist; `nil` keeps them in memory.
    public var stateFile: String?
    /// Generated clusters added after the fixtures.
    public var generatedClusters: Int
    /// The fleet served: the demo one, or the hostile one that tests terminal safety.
    public var fixtures: FixtureSet
    /// Injected faults (none by default).
    public var faults: FaultOptions
    /// The wall clock: the `Date` window of AK/SK and `/api/v2/time` (what clients sign with).
    public var now: @Sendable () -> Date
    /// Simulated seconds per wall second of the simulated clock (`--speed`; 1 by default).
    public var speed: Double
    /// The simulated clock, when a test drives it (`SimulatorClock.manual`); `nil` starts one
    /// at `speed` from the state file's position, else from `start`, else from `now()`.
    public var clock: SimulatorClock?
    /// Where the simulated clock starts when no state file holds a position (`--start`).
    public var start: Date?
    /// How injected latency waits (tests record it instead of sleeping).
    public var sleep: @Sendable (Duration) async throws -> Void
    /// Seed of trace ids and fault draws; `nil` is random.
    public var seed: UInt64?
    /// How `error.code` is written.
    public var errorCodeStyle: ErrorCodeStyle
    /// The `server` value of envelopes.
    public var serverId: String
    /// The UTC offset of timestamps, seconds (+08:00 by default, as OCP's samples).
    public var utcOffsetSeconds: Int
    /// Where the HTTP server logs (nothing by default); secrets never reach it.
    public var logger: Logger
    /// Whether `GET /api/v2/time` needs authentication too, as on a server that protects every
    /// path (OCP's documentation does not say it is public).
    public var authenticatesTime: Bool

    /// Makes a configuration; everything has a default, the demo credentials included.
    public init(
        host: String = "127.0.0.1", port: Int = 8080, credentials: AuthCredentials = .demo, stateFile: String? = nil,
        generatedClusters: Int = 0, fixtures: FixtureSet = .demo, faults: FaultOptions = .none, now: @escaping @Sendable () -> Date = { Date() },
        speed: Double = 1, clock: SimulatorClock? = nil, start: Date? = nil,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { try await Task.sleep(for: $0) }, seed: UInt64? = nil,
        errorCodeStyle: ErrorCodeStyle = .string, serverId: String = "a83ad33525", utcOffsetSeconds: Int = 8 * 3600,
        logger: Logger = Logger(label: "ocpbackup.sim", factory: { _ in SwiftLogNoOpLogHandler() }), authenticatesTime: Bool = false
    ) {
        self.host = host
        self.port = port
        self.credentials = credentials
        self.stateFile = stateFile
        self.generatedClusters = generatedClusters
        self.fixtures = fixtures
        self.faults = faults
        self.now = now
        self.speed = speed
        self.clock = clock
        self.start = start
        self.sleep = sleep
        self.seed = seed
        self.errorCodeStyle = errorCodeStyle
        self.serverId = serverId
        self.utcOffsetSeconds = utcOffsetSeconds
        self.logger = logger
        self.authenticatesTime = authenticatesTime
    }
}
