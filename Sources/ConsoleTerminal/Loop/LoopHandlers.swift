import ConsoleUI

/// What the run loop calls, all on the loop's thread: the loop itself knows nothing of the
/// program it drives.
public struct LoopHandlers {
    /// The picture of the program's state for a terminal of this size.
    public var render: (Size) -> ScreenBuffer
    /// Handles a key and tells what the terminal should do next.
    public var handle: (Key) -> LoopDecision
    /// Called when the wake-up pipe was written to: take the results that arrived.
    public var wake: () -> Void
    /// Called once at the start with the terminal's size and after every resize.
    public var resized: (Size) -> Void
    /// Whether the program is done; checked after each batch of events.
    public var shouldQuit: () -> Bool

    /// Makes the handlers.
    public init(
        render: @escaping (Size) -> ScreenBuffer, handle: @escaping (Key) -> LoopDecision, wake: @escaping () -> Void,
        resized: @escaping (Size) -> Void, shouldQuit: @escaping () -> Bool
    ) {
        self.render = render
        self.handle = handle
        self.wake = wake
        self.resized = resized
        self.shouldQuit = shouldQuit
    }
}

/// What the run loop does with the terminal after a key was handled.
public enum LoopDecision: Sendable, Hashable {
    /// Nothing special: the next present shows what changed.
    case proceed
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// Give the terminal back and stop the process until it is continued (Ctrl-Z).
    case suspend
}
