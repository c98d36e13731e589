/// A way a terminal program is made to end: a key typed into it, or a signal sent to it.
public enum TerminalExit: CustomStringConvertible, Sendable {
    /// A key, as tmux names it (`q`).
    case key(String)
    /// A signal number.
    case signal(Int32)

    /// `key q` or `signal 15`, for the test's name.
    public var description: String {
        switch self {
        case .key(let key): "key \(key)"
        case .signal(let number): "signal \(number)"
        }
    }
}
