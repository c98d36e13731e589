/// How much a scrollable pane holds and shows at the current size. Only the renderer knows
/// it; the app sends it with ``ConsoleAction/scrollExtentChanged(_:)`` whenever it changes.
public struct ScrollExtent: Equatable, Sendable {
    /// The pane.
    public var area: ScrollArea
    /// Lines of content.
    public var lines: Int
    /// Lines the pane shows at once.
    public var rows: Int

    /// Makes an extent.
    public init(area: ScrollArea, lines: Int, rows: Int) {
        self.area = area
        self.lines = lines
        self.rows = rows
    }
}

/// The panes whose content scrolls.
public enum ScrollArea: Equatable, Sendable, CaseIterable {
    /// The detail pane (ability and strategy).
    case detail
    /// The wizard's review step (request body, next runs, diff).
    case review
    /// The task view's subtask log.
    case taskLog
}
