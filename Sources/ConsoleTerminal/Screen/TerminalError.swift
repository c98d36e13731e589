/// Why the terminal could not be set up.
public enum TerminalError: Error, Sendable, Equatable, CustomStringConvertible {
    /// ncurses has no usable description of the terminal named by `TERM`.
    case unusableTerminal(term: String)
    /// A file the screen was to use could not be opened.
    case cannotOpen(path: String, errno: Int32)
    /// The wake-up pipe could not be created.
    case cannotCreatePipe(errno: Int32)

    /// A sentence for the person at the terminal.
    public var description: String {
        switch self {
        case .unusableTerminal(let term):
            "The terminal type \"\(term)\" is unknown or cannot be used; set TERM to a type with a terminfo entry, such as xterm-256color."
        case .cannotOpen(let path, let errno):
            "Cannot open \(path) (errno \(errno))."
        case .cannotCreatePipe(let errno):
            "Cannot create the wake-up pipe (errno \(errno))."
        }
    }
}
