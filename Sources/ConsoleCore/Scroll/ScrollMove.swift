/// How a scrollable pane moves: a line, a screen, or to an end.
public enum ScrollMove: Equatable, Sendable, CaseIterable {
    /// One line up.
    case lineUp
    /// One line down.
    case lineDown
    /// One screen up (keeping one line of context).
    case pageUp
    /// One screen down (keeping one line of context).
    case pageDown
    /// The first line.
    case top
    /// The last screen.
    case bottom
}
