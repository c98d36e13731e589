import Foundation
import OCPAPI

/// What the routes and middleware share: the state, the envelope writer, the verifier and
/// the fault settings, built once from a configuration.
package struct SimulatorEnvironment: Sendable {
    /// The configuration it was built from.
    package let configuration: SimulatorConfiguration
    /// Strategies, clusters and the living fleet.
    package let state: SimulatorState
    /// The envelope writer.
    package let factory: ResponseFactory
    /// The authentication check.
    package let verifier: AuthVerifier
    /// Trace ids and fault draws.
    package let random: SimulatorRandom
    /// Requests received and faults injected.
    package let counters = SimulatorCounters()

    /// Builds the environment; loads the state file when one is configured.
    /// - Throws: `StateFileError` when the state file cannot be used, `SimulatorStartError` for
    ///   bad options.
    package init(_ configuration: SimulatorConfiguration) throws {
        let problems = configuration.faults.problems
        guard problems.isEmpty else { throw SimulatorStartError(message: problems.joined(separator: " ")) }
        guard (0...10_000_000).contains(configuration.generatedClusters) else {
            throw SimulatorStartError(message: "The number of generated clusters must be 0–10,000,000.")
        }
        self.configuration = configuration
        random = SimulatorRandom(seed: configuration.seed)
        let catalog = ClusterCatalog(
            fixtureSet: configuration.fixtures, generatedCount: configuration.generatedClusters, utcOffsetSeconds: configuration.utcOffsetSeconds)
        guard configuration.speed.isFinite, configuration.speed > 0, configuration.speed <= 1_000_000 else {
            throw SimulatorStartError(message: "The clock speed must be above 0 and at most 1,000,000 simulated seconds per second.")
        }
        let state = try SimulatorState(
            catalog: catalog, stateFile: configuration.stateFile.map(StateFile.init), now: configuration.now, clock: configuration.clock,
            start: configuration.start, speed: configuration.speed)
        self.state = state
        factory = ResponseFactory(
            serverId: configuration.serverId, utcOffsetSeconds: configuration.utcOffsetSeconds, codeStyle: configuration.errorCodeStyle,
            now: { state.clock.now() }, random: random, encodesMarkers: configuration.fixtures == .hostile)
        verifier = AuthVerifier(credentials: configuration.credentials, now: configuration.now)
    }
}
