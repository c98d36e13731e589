/// The characters frames and separators are drawn with.
public struct LineSet: Sendable, Hashable {
    /// A horizontal line.
    public var horizontal: Character
    /// A vertical line.
    public var vertical: Character
    /// The top-left corner.
    public var topLeft: Character
    /// The top-right corner.
    public var topRight: Character
    /// The bottom-left corner.
    public var bottomLeft: Character
    /// The bottom-right corner.
    public var bottomRight: Character
    /// A vertical line meeting a horizontal line from the right (`├`).
    public var teeRight: Character
    /// A vertical line meeting a horizontal line from the left (`┤`).
    public var teeLeft: Character

    /// A line set from its eight characters.
    public init(
        horizontal: Character, vertical: Character, topLeft: Character, topRight: Character,
        bottomLeft: Character, bottomRight: Character, teeRight: Character, teeLeft: Character
    ) {
        self.horizontal = horizontal
        self.vertical = vertical
        self.topLeft = topLeft
        self.topRight = topRight
        self.bottomLeft = bottomLeft
        self.bottomRight = bottomRight
        self.teeRight = teeRight
        self.teeLeft = teeLeft
    }

    /// Unicode box-drawing characters, for UTF-8 locales.
    public static let unicode = LineSet(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", teeRight: "├", teeLeft: "┤"
    )

    /// `+`, `-` and `|`, for terminals whose locale is not UTF-8.
    public static let ascii = LineSet(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", teeRight: "+", teeLeft: "+"
    )

    /// The line set for a locale: Unicode when its character set is UTF-8, ASCII otherwise.
    ///
    /// `codeset` is what `nl_langinfo(CODESET)` reports, for example `UTF-8` or `ANSI_X3.4-1968`.
    public static func forCodeset(_ codeset: String) -> LineSet {
        let normalized = codeset.uppercased().filter { $0 != "-" && $0 != "_" }
        return normalized == "UTF8" ? .unicode : .ascii
    }
}
