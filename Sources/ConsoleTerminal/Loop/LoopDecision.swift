/// What the run loop does with the terminal after a key was handled.
public enum LoopDecision: Sendable, Hashable {
    /// Nothing special: the next present shows what changed.
    case proceed
    /// Repaint the whole terminal (Ctrl-L).
    case redraw
    /// Give the terminal back and stop the process until it is continued (Ctrl-Z).
    case suspend
}
