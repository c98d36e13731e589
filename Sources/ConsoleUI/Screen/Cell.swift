/// One terminal cell: a grapheme with its attributes and role.
///
/// A wide grapheme occupies its lead cell and the cell to its right, which holds a
/// continuation marker (``isContinuation``) and is never drawn on its own.
public struct Cell: Sendable, Hashable {
    /// The grapheme drawn in the cell; empty for a continuation cell.
    public var text: String
    /// Attributes added to those of the role.
    public var style: Style
    /// What the cell means, for the theme.
    public var role: Role

    /// A cell showing `text` (one grapheme) with `style` and `role`.
    public init(_ text: String, style: Style = [], role: Role = .normal) {
        self.text = text
        self.style = style
        self.role = role
    }

    /// An empty, unstyled cell.
    public static let blank = Cell(" ")

    /// The right half of a wide grapheme, with the lead cell's style and role.
    public static func continuation(style: Style, role: Role) -> Cell {
        Cell("", style: style, role: role)
    }

    /// Whether this cell is the right half of a wide grapheme.
    public var isContinuation: Bool { text.isEmpty }
}
