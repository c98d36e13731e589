import Hummingbird
import NIOCore

/// Builds the simulator's router and Hummingbird application (for `.router` and `.live` tests,
/// and for `SimulatorServer`).
package enum SimulatorApplication {
    /// The router: envelope errors outermost, then faults, then authentication, then the routes.
    package static func router(_ environment: SimulatorEnvironment) -> Router<SimulatorRequestContext> {
        let router = Router(context: SimulatorRequestContext.self)
        router.add(middleware: EnvelopeMiddleware(factory: environment.factory))
        router.add(
            middleware: FaultMiddleware(
                options: environment.configuration.faults, random: environment.random, counters: environment.counters,
                sleep: environment.configuration.sleep)
        )
        router.add(
            middleware: AuthMiddleware(
                verifier: environment.verifier, openPaths: environment.configuration.authenticatesTime ? [] : AuthMiddleware.openPaths))
        HealthRoutes.add(to: router, environment: environment)
        ClusterRoutes.add(to: router, environment: environment)
        StrategyRoutes.add(to: router, environment: environment)
        TenantRoutes.add(to: router, environment: environment)
        BackupReadRoutes.add(to: router, environment: environment)
        BackupActionRoutes.add(to: router, environment: environment)
        TaskInstanceRoutes.add(to: router, environment: environment)
        AlarmRoutes.add(to: router, environment: environment)
        return router
    }

    /// The application listening where the configuration says; `onServerRunning` gets the
    /// listening channel (its local address has the port actually bound).
    package static func application(
        _ environment: SimulatorEnvironment, onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) -> Application<RouterResponder<SimulatorRequestContext>> {
        let configuration = environment.configuration
        return Application(
            router: router(environment),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: onServerRunning, logger: configuration.logger)
    }
}
