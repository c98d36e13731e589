import ConsoleCore
import ConsoleTerminal
import ConsoleUI
import Foundation
import Localization
import Logging
import OCPAPI

/// Opens the console on the terminal for one connection and runs it until the user quits.
///
/// The store's effects run in one structured child task (`async let`) on the cooperative pool;
/// the terminal loop blocks the main thread in `poll(2)` and hands keys, resizes and the effects'
/// results (when the wake-up pipe is written to) to the frame step, ``ConsoleSession``. The
/// screen is closed before anything is printed.
struct ConsoleLauncher {
    /// The resolved connection (address, principal, read-only, profile).
    let settings: ConnectionSettings
    /// Theme and mouse.
    let display: ConsoleDisplayOptions
    /// The process environment (`NO_COLOR`, XDG directories).
    let environment: [String: String]
    /// The hidden `--debug-crash`: die that way on the frame after the first (tests only).
    var debugCrash: DebugCrash?

    /// Runs the console with `client`; returns when the user quits or the terminal goes away.
    /// - Throws: a usage failure (exit 2) when the terminal cannot be used.
    @MainActor
    func run(client: OCPClient) async throws(CommandFailure) {
        let logger = Logger(label: "ocpbackup.console")
        let initialTheme = display.theme.initialTheme(noColor: display.noColor, environment: environment)
        let screen: CursesScreen
        let wakeUpPipe: WakeUpPipe
        let events: TerminalEventSource
        do {
            screen = try CursesScreen(configuration: ScreenConfiguration(theme: initialTheme, mouse: display.mouse), logger: logger)
            wakeUpPipe = try WakeUpPipe()
            events = try TerminalEventSource(screen: screen, wakeUpPipe: wakeUpPipe)
        } catch {
            throw .usage("\(error)")
        }
        let theme = display.theme.finalTheme(initial: initialTheme, colorCount: screen.colorCount)
        if theme != initialTheme { screen.setTheme(theme) }

        let audit = ConsoleAudit(settings: settings, log: AuditLog(path: StatePaths.auditLog(environment: environment)))
        let drafts = FileDraftStore(directory: FileDraftStore.defaultDirectory(environment: environment))
        let here = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let exports = StrategyFileWriter(directory: here)
        let feature = ConsoleFeature(
            dependencies: audit.wrapping(
                .live(
                    client: client, drafts: drafts.client, strategyFiles: exports.client,
                    restoreFiles: RestoreExportWriter(directory: here).client, restoreDrafts: drafts)))
        let language = screen.lineSet.displayableLanguage(settings.displayLanguage)
        if language != settings.displayLanguage { logger.info("the terminal is not UTF-8: the console is drawn in English") }
        var initialState = ConsoleState(profile: settings.profileName ?? "default", readOnly: settings.readonly, language: language)
        initialState.health.settings = display.healthSettings
        let store = Store(
            initialState: initialState, feature: feature,
            wake: { wakeUpPipe.wake() })
        let runner = store.runner
        async let effects: Void = runner.run()

        let options = RenderOptions(
            lineSet: screen.lineSet, address: settings.baseURL.description, principal: settings.credentials.principal)
        let session = ConsoleSession(store: store, size: screen.size, options: options)
        session.start()
        logger.info("console started", metadata: ["url": "\(settings.baseURL)", "theme": "\(theme.name)"])
        var handlers = LoopHandlers(session: session)
        if let debugCrash {
            let frame = handlers.render
            var framesRendered = 0
            handlers.render = { size in
                framesRendered += 1
                if framesRendered > 1 { debugCrash.trigger() }
                return frame(size)
            }
        }
        let exit = TerminalRunLoop(screen: screen, events: events).run(handlers)
        screen.close()
        logger.info("console ended", metadata: ["reason": "\(exit)"])
        runner.stop()
        await effects
    }
}
