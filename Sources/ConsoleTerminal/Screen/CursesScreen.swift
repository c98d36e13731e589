import CNCursesW
import ConsoleUI
import Glibc
import Logging

/// The terminal, through ncurses: the one place that draws, reads keys and owns terminal state.
///
/// ncurses keeps one global screen, so there is one `CursesScreen` at a time and it is used
/// from one thread. It starts with `newterm` (never `initscr`, which exits the process on a bad
/// `TERM`), draws ``ScreenBuffer``s with ``present(_:)`` and gives the terminal back with
/// ``close()`` — or, on a crash or a signal, through the handlers it arms.
///
/// The screen owns the terminal: the `Logger` given to it must write to a file (the app
/// bootstraps logging that way), never to standard output or error.
public final class CursesScreen {
    /// The current size of the terminal.
    public internal(set) var size: Size
    /// The theme cells are drawn with.
    public private(set) var theme: Theme
    /// Frame characters fitting the locale: Unicode for UTF-8, ASCII otherwise.
    public let lineSet: LineSet
    /// Whether this screen is a real terminal (as opposed to a file written by tests).
    public let isInteractive: Bool
    /// The file descriptor keys are read from.
    public let inputDescriptor: Int32
    /// Whether mouse events were asked for.
    public let mouseEnabled: Bool

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    var attributes: CellAttributes
    /// What the terminal shows now, as last presented; `nil` forces the next present to draw
    /// every cell.
    var presented: ScreenBuffer?
    private let output: UnsafeMutablePointer<FILE>
    private let input: UnsafeMutablePointer<FILE>
    private var isOpen = true
    private let installedSignalHandlers: Bool
    private let logger: Logger

    /// Opens the controlling terminal on standard input and output.
    ///
    /// Sets the locale, forgets exported `LINES`/`COLUMNS` (they would pin the size), and puts
    /// the terminal in raw mode with a hidden cursor, a short Esc delay and the theme's colours.
    /// - Throws: ``TerminalError/unusableTerminal(term:)`` when `TERM` has no usable terminfo.
    public convenience init(configuration: ScreenConfiguration = ScreenConfiguration(), logger: Logger) throws {
        configuration.applyLocale()
        unsetenv("LINES")
        unsetenv("COLUMNS")
        let term = getenv("TERM").map { String(cString: $0) } ?? ""
        if configuration.installsSignalHandlers {
            TerminalSafety.saveModes(of: isatty(STDIN_FILENO) != 0 ? STDIN_FILENO : STDOUT_FILENO)
        }
        guard let output = fdopen(dup(STDOUT_FILENO), "w") else {
            throw TerminalError.cannotOpen(path: "standard output", errno: errno)
        }
        guard let input = fdopen(dup(STDIN_FILENO), "r") else {
            fclose(output)
            throw TerminalError.cannotOpen(path: "standard input", errno: errno)
        }
        guard let screen = newterm(nil, output, input) else {
            fclose(output)
            fclose(input)
            throw TerminalError.unusableTerminal(term: term)
        }
        try self.init(screen: screen, output: output, input: input, configuration: configuration, interactive: true, logger: logger)
        logger.debug("terminal opened", metadata: ["term": "\(term)", "size": "\(size)"])
    }

    /// Opens a screen that draws into the file at `outputPath` with a fixed `size`, reading keys
    /// from `inputDescriptor` (or `/dev/null`), for tests: what was drawn can be read back and
    /// the file's growth is the number of bytes a terminal would have received.
    /// - Throws: ``TerminalError`` when a file cannot be opened or `terminalType` is unknown.
    public convenience init(
        outputPath: String, inputDescriptor: Int32? = nil, size: Size, terminalType: String = "xterm-256color",
        configuration: ScreenConfiguration, logger: Logger
    ) throws {
        configuration.applyLocale()
        unsetenv("LINES")
        unsetenv("COLUMNS")
        guard let output = fopen(outputPath, "w") else { throw TerminalError.cannotOpen(path: outputPath, errno: errno) }
        let input = inputDescriptor.map { fdopen($0, "r") } ?? fopen("/dev/null", "r")
        guard let input else {
            fclose(output)
            throw TerminalError.cannotOpen(path: "input", errno: errno)
        }
        guard let screen = newterm(terminalType, output, input) else {
            fclose(output)
            fclose(input)
            throw TerminalError.unusableTerminal(term: terminalType)
        }
        var fileConfiguration = configuration
        fileConfiguration.installsSignalHandlers = false
        try self.init(screen: screen, output: output, input: input, configuration: fileConfiguration, interactive: false, logger: logger)
        resizeterm(Int32(size.rows), Int32(size.columns))
        flushinp()
        self.size = Self.currentSize(of: window)
    }

    private init(
        screen: OpaquePointer, output: UnsafeMutablePointer<FILE>, input: UnsafeMutablePointer<FILE>,
        configuration: ScreenConfiguration, interactive: Bool, logger: Logger
    ) throws {
        set_term(screen)
        guard let window = cnc_stdscr() else { throw TerminalError.unusableTerminal(term: "(no standard screen)") }
        self.screen = screen
        self.output = output
        self.input = input
        self.window = window
        self.logger = logger
        self.isInteractive = interactive
        self.inputDescriptor = fileno(input)
        self.theme = configuration.theme
        self.mouseEnabled = configuration.mouse
        self.installedSignalHandlers = configuration.installsSignalHandlers
        self.lineSet = LineSet.forCodeset(String(cString: nl_langinfo(nl_item(CODESET))))
        raw()
        noecho()
        nonl()
        intrflush(window, false)
        keypad(window, true)
        Self.defineCommonKeySequences()
        nodelay(window, true)
        leaveok(window, true)
        idlok(window, true)
        curs_set(0)
        typeahead(-1)  // finish every update; never postpone output because input is waiting
        if getenv("ESCDELAY") == nil {
            _ = cnc_set_escdelay(Int32(configuration.escapeDelayMilliseconds))
        }
        if configuration.theme.usesColor, has_colors() {
            start_color()
            use_default_colors()
        }
        self.attributes = CellAttributes(theme: configuration.theme, colorCount: has_colors() ? Int(cnc_colors()) : 0)
        if configuration.mouse {
            mousemask(cnc_all_mouse_events(), nil)
            mouseinterval(0)
        }
        self.size = Self.currentSize(of: window)
        if configuration.installsSignalHandlers {
            TerminalSafety.arm(restoreBytes: RestoreSequence.bytes(mouseWasEnabled: configuration.mouse), descriptor: fileno(output))
        }
    }

    deinit {
        close()
    }

    /// Gives the terminal back: leaves the alternate screen, shows the cursor, restores the
    /// terminal modes and releases ncurses. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        if mouseEnabled { mousemask(0, nil) }
        endwin()
        if installedSignalHandlers { TerminalSafety.disarm() }
        delscreen(screen)
        fclose(output)
        fclose(input)
        logger.debug("terminal closed")
    }

    /// Uses `theme` from now on and redraws everything.
    public func setTheme(_ theme: Theme) {
        self.theme = theme
        if theme.usesColor, has_colors() {
            start_color()
            use_default_colors()
        }
        attributes = CellAttributes(theme: theme, colorCount: has_colors() ? Int(cnc_colors()) : 0)
        presented = nil
    }

    static func currentSize(of window: UnsafeMutablePointer<WINDOW>) -> Size {
        var rows: Int32 = 0
        var columns: Int32 = 0
        cnc_getmaxyx(window, &rows, &columns)
        return Size(rows: Int(rows), columns: Int(columns))
    }
}
