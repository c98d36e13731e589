import ArgumentParser
import Foundation
import Localization
import OCPAPI
import OCPSimulator

/// `ocpbackup demo`: the console against a simulator started in this process, nothing to set up.
struct DemoCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Open the console on a built-in OCP simulator (no set-up needed).",
        discussion: """
            Starts the simulator on 127.0.0.1 with a free port and the demo clusters (their backups run, fail, lag and \
            restore on a simulated clock, 60 times faster than real time unless --speed says otherwise), and signs every request \
            with the demo AccessKey (\(DemoCredentials.accessKeyId)) as a real OCP wants. Strategies, tasks and \
            restores live in memory and are gone when the console quits; drafts, the log and the audit log go to the usual \
            state directory ($XDG_STATE_HOME/ocpbackup), under the profile name "demo".
            """)

    @Option(help: ArgumentHelp("Add N generated clusters after the dozen demo clusters.", valueName: "N")) var clusters = 0
    @Option(
        help: ArgumentHelp(
            "Simulated seconds per second: at 60 a full backup runs in seconds and a day passes in 24 minutes.", valueName: "N"))
    var speed = 60.0
    @Flag(help: "Refuse every change; only read.") var readonly = false
    @Option(
        help: ArgumentHelp(
            "Language of the console: en-US or zh-CN (default: LC_ALL, LC_MESSAGES or LANG; English unless it starts with zh).", valueName: "lang"))
    var lang: String?
    @OptionGroup var display: ConsoleDisplayOptions
    @OptionGroup var debug: ConsoleDebugOptions
    @OptionGroup var logging: LoggingOptions
    @Option(help: .hidden) var faultRate = 0.0
    @Option(help: .hidden) var faultPath: String?

    func validate() throws {
        guard clusters >= 0, clusters <= 1_000_000 else { throw ValidationError("--clusters must be between 0 and 1000000.") }
        guard (0...1).contains(faultRate) else { throw ValidationError("--fault-rate must be between 0 and 1.") }
        if let lang, Language(tag: lang) == nil { throw ValidationError("--lang must be en-US or zh-CN, not '\(lang)'.") }
        guard speed.isFinite, speed > 0, speed <= 1_000_000 else { throw ValidationError("--speed must be above 0 and at most 1000000.") }
    }

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        try TerminalRequirement.check(environment: environment)
        LogSetup.bootstrap(logging, environment: environment)
        let faults = FaultOptions(errorRate: faultRate, errorStatus: 400, pathPrefix: faultPath)
        let server: SimulatorServer
        do {
            server = try await SimulatorServer.start(SimulatorConfiguration(port: 0, generatedClusters: clusters, faults: faults, speed: speed))
        } catch {
            let reason = error is SimulatorStartError ? "\(error)" : "\(SimulatorStartError.listening(error, host: "127.0.0.1", port: 0))"
            throw CommandFailure(message: "error: the demo simulator could not start: \(reason)", exitCode: 1)
        }
        let outcome: Result<Void, CommandFailure>
        do throws(CommandFailure) {
            let language = Language.resolve(flag: lang, profile: nil, environment: environment)
            let settings = ConnectionSettings(
                baseURL: try Self.baseURL(server.baseURL),
                credentials: .accessKey(id: server.credentials.accessKeyId, secret: server.credentials.accessKeySecret),
                tls: TLSOptions(), timeout: .seconds(30), language: lang == nil ? nil : language.acceptLanguage, readonly: readonly,
                profileName: "demo", displayLanguage: language)
            let display = self.display
            let debugCrash = debug.debugCrash
            try await ClientSession.with(settings: settings) { session throws(CommandFailure) in
                try await ConsoleLauncher(settings: settings, display: display, environment: environment, debugCrash: debugCrash).run(
                    client: session.client)
            }
            outcome = .success(())
        } catch {
            outcome = .failure(error)
        }
        await server.shutdown()
        try outcome.get()
    }

    private static func baseURL(_ text: String) throws(CommandFailure) -> OCPBaseURL {
        do throws(OCPAPIError) {
            return try OCPBaseURL(parsing: text)
        } catch {
            throw .usage(error.message)
        }
    }
}
