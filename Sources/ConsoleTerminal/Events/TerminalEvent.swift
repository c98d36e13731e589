import ConsoleUI

/// What the run loop wakes up for.
public enum TerminalEvent: Sendable, Hashable {
    /// A key was pressed.
    case key(Key)
    /// The terminal now has this size.
    case resize(Size)
    /// ``WakeUpPipe/wake()`` was called: results are waiting.
    case wake
    /// The time asked for passed without anything else happening.
    case timeout
    /// The terminal went away (hang-up, or the end of a test's input).
    case inputClosed
}
