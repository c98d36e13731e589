/// Why ``TerminalRunLoop/run(_:)`` returned.
public enum LoopExit: Sendable, Hashable {
    /// The program asked to quit (`shouldQuit` became true).
    case quit
    /// The terminal went away (hang-up or end of input).
    case inputClosed
}
