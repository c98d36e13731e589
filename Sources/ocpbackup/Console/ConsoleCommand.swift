import ArgumentParser
import Foundation

/// `ocpbackup [tui]`: the full-screen console (the default subcommand).
struct ConsoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui", abstract: "Open the full-screen console (the default when no subcommand is given).",
        discussion: """
            Browse clusters, inspect backup ability and strategies, and create, modify or delete a strategy \
            with a wizard, by keyboard (press ? inside for the keys). It needs a terminal of at least 80×24. \
            Changes are recorded in the audit log like those of the strategy commands; the log goes to the \
            log file, never to the screen.
            """)

    @OptionGroup var connection: ConnectionOptions
    @OptionGroup var display: ConsoleDisplayOptions
    @OptionGroup var debug: ConsoleDebugOptions

    func run() async throws {
        let environment = ProcessInfo.processInfo.environment
        try TerminalRequirement.check(environment: environment)
        let display = self.display
        let debugCrash = debug.debugCrash
        try await ClientSession.with(connection) { session throws(CommandFailure) in
            try await ConsoleLauncher(settings: session.settings, display: display, environment: environment, debugCrash: debugCrash).run(
                client: session.client)
        }
    }
}
