/// A move in the schedule grid.
public enum GridDirection: String, Equatable, Sendable {
    /// One day back.
    case left
    /// One day on.
    case right
    /// One week row up (MONTH grid, 7 per row).
    case up
    /// One week row down.
    case down
}
