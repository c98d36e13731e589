import ConsoleCore

/// What a key asks for: an intent for the store, or something only the terminal can do.
public enum KeyCommand: Sendable, Equatable {
    /// Send this action to the store.
    case send(ConsoleAction)
    /// Redraw the whole screen (Ctrl-L).
    case redraw
    /// Suspend the console to the shell (Ctrl-Z).
    case suspend
}
