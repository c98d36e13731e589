import ConsoleCore
import ConsoleTerminal
import ConsoleUI
import Foundation
import Logging
import OCPAPI

/// Opens the console on the terminal for one connection and runs it until the user quits.
///
/// The store's effects run in one structured child task (`async let`) on the cooperative pool;
/// the terminal loop blocks the main thread in `poll(2)` and takes their results when the
/// wake-up pipe is written to. The screen is closed before anything is printed.
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
        let exports = StrategyFileWriter(directory: URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true))
        let feature = ConsoleFeature(dependencies: audit.wrapping(.live(client: client, drafts: drafts.client, strategyFiles: exports.client)))
        let store = Store(
            initialState: ConsoleState(profile: settings.profileName ?? "default", readOnly: settings.readonly), feature: feature,
            wake: { wakeUpPipe.wake() })
        let runner = store.runner
        async let effects: Void = runner.run()

        let options = RenderOptions(
            lineSet: screen.lineSet, address: settings.baseURL.description, principal: settings.credentials.principal)
        let keyMap = KeyMap.standard
        let loop = TerminalRunLoop(screen: screen, events: events)
        let debugCrash = self.debugCrash
        var framesRendered = 0
        var screenSize = screen.size
        store.send(.viewportChanged(rows: ConsoleRenderer.listViewportRows(for: screen.size)))
        store.send(.start)
        logger.info("console started", metadata: ["url": "\(settings.baseURL)", "theme": "\(theme.name)"])
        let exit = loop.run(
            LoopHandlers(
                render: { size in
                    framesRendered += 1
                    screenSize = size
                    if framesRendered > 1, let debugCrash { debugCrash.trigger() }
                    if let extent = ConsoleRenderer.scrollExtent(for: store.state, size: size, options: options),
                        !store.state.scrollPosition(of: extent.area).holds(extent)
                    {
                        store.send(.scrollExtentChanged(extent))
                    }
                    return ConsoleRenderer.render(store.state, size: size, options: options)
                },
                handle: { key in
                    let command =
                        if case .mouse(let event) = key {
                            keyMap.command(for: event, in: store.state, size: screenSize)
                        } else {
                            keyMap.command(for: key, in: store.state)
                        }
                    switch command {
                    case .send(let action): store.send(action)
                    case .redraw: return .redraw
                    case .suspend: return .suspend
                    case nil: break
                    }
                    return .proceed
                },
                wake: { store.drainInbox() },
                resized: { size in
                    screenSize = size
                    store.send(.viewportChanged(rows: ConsoleRenderer.listViewportRows(for: size)))
                },
                shouldQuit: { store.state.shouldQuit }))
        screen.close()
        logger.info("console ended", metadata: ["reason": "\(exit)"])
        runner.stop()
        await effects
    }
}
