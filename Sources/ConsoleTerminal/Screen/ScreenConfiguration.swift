import ConsoleUI

/// How a ``CursesScreen`` sets the terminal up.
public struct ScreenConfiguration: Sendable {
    /// The colours and attributes of each role.
    public var theme: Theme
    /// Whether to ask the terminal for mouse events (`--mouse`).
    public var mouse: Bool
    /// How long an Esc waits for the rest of a key sequence, in milliseconds, unless the
    /// `ESCDELAY` environment variable says otherwise.
    public var escapeDelayMilliseconds: Int
    /// Whether to restore the terminal from signal handlers (fatal and terminating signals) and
    /// at `exit`. Off for screens drawn into files by tests.
    public var installsSignalHandlers: Bool
    /// The locale passed to `setlocale(LC_ALL, …)`; empty means the environment's.
    public var locale: String

    /// A configuration; the defaults suit an interactive session.
    public init(
        theme: Theme = .standard, mouse: Bool = false, escapeDelayMilliseconds: Int = 25,
        installsSignalHandlers: Bool = true, locale: String = ""
    ) {
        self.theme = theme
        self.mouse = mouse
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.installsSignalHandlers = installsSignalHandlers
        self.locale = locale
    }
}
