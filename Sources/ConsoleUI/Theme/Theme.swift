/// Maps each ``Role`` to an ``Appearance``. The terminal layer turns the colours into colour
/// pairs once at start-up; a theme without colours (``monochrome``) uses attributes only.
public struct Theme: Sendable, Hashable {
    /// A short name, for `--theme` and the help screen.
    public var name: String
    /// Whether the theme uses colours at all.
    public var usesColor: Bool
    /// The appearance of every role; a role that is missing looks like `normal`.
    public var appearances: [Role: Appearance]

    /// A theme from its name and appearances.
    public init(name: String, appearances: [Role: Appearance]) {
        self.name = name
        self.appearances = appearances
        self.usesColor = appearances.values.contains(where: \.usesColor)
    }

    /// The appearance of `role`.
    public func appearance(for role: Role) -> Appearance {
        appearances[role] ?? appearances[.normal] ?? Appearance()
    }

    /// The theme to use: monochrome when colours are switched off (`NO_COLOR` set and
    /// non-empty, or `--no-color`), otherwise ``standard`` on terminals with 256 colours or
    /// more and ``sixteenColor`` on the others.
    public static func select(colorDisabled: Bool, colorCount: Int) -> Theme {
        if colorDisabled || colorCount < 8 { return .monochrome }
        return colorCount >= 256 ? .standard : .sixteenColor
    }
}
