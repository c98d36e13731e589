/// Where a scrollable pane stands: its first shown line, clamped to the last extent the
/// renderer reported.
public struct ScrollPosition: Equatable, Sendable {
    /// The first line shown (0-based).
    public private(set) var offset = 0
    /// Lines of content, as last reported.
    public private(set) var lines = 0
    /// Lines shown at once, as last reported.
    public private(set) var rows = 0

    /// Makes a position at the top with nothing known about the content.
    public init() {}

    /// The largest offset: the last screen.
    public var maxOffset: Int { max(0, lines - rows) }

    /// Whether the content is taller than the pane.
    public var canScroll: Bool { maxOffset > 0 }

    /// Whether the first line is shown.
    public var isAtTop: Bool { offset == 0 }

    /// Whether `extent` is the one last reported (the app reports only changes).
    public func holds(_ extent: ScrollExtent) -> Bool {
        lines == extent.lines && rows == extent.rows
    }

    /// Takes a new extent and clamps the offset to it.
    public mutating func resize(lines: Int, rows: Int) {
        self.lines = max(0, lines)
        self.rows = max(0, rows)
        offset = min(offset, maxOffset)
    }

    /// Moves, staying between the first line and the last screen.
    public mutating func apply(_ move: ScrollMove) {
        let page = max(1, rows - 1)
        let target =
            switch move {
            case .lineUp: offset - 1
            case .lineDown: offset + 1
            case .pageUp: offset - page
            case .pageDown: offset + page
            case .top: 0
            case .bottom: maxOffset
            }
        offset = min(max(0, target), maxOffset)
    }

    /// Back to the first line (new content); the extent is kept until the next report.
    public mutating func reset() {
        offset = 0
    }

    /// Scrolls as little as keeps `line` in view (a cursor's line in a pane that scrolls).
    public mutating func reveal(_ line: Int) {
        if line < offset { offset = max(0, line) } else if rows > 0, line >= offset + rows { offset = min(line - rows + 1, maxOffset) }
    }
}
