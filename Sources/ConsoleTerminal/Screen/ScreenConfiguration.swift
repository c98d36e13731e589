import ConsoleUI
import Glibc

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

extension ScreenConfiguration {
    /// Sets the process locale from `locale`; when one of its categories names a locale that is
    /// not installed (`LC_MESSAGES=zh_CN.UTF-8` on a machine with only `C.UTF-8`), the whole
    /// `LC_ALL` fails, so at least the character type is set: the codeset decides UTF-8 frames
    /// and wide characters.
    func applyLocale() {
        if setlocale(LC_ALL, locale) == nil { setlocale(LC_CTYPE, locale) }
    }
}
