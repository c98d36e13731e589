/// How cells of one ``Role`` look: attributes plus a foreground and a background colour.
public struct Appearance: Sendable, Hashable {
    /// Attributes added to every cell of the role.
    public var style: Style
    /// The text colour.
    public var foreground: TerminalColor
    /// The cell colour.
    public var background: TerminalColor

    /// An appearance from its attributes and colours (the terminal's defaults when omitted).
    public init(style: Style = [], foreground: TerminalColor = .terminalDefault, background: TerminalColor = .terminalDefault) {
        self.style = style
        self.foreground = foreground
        self.background = background
    }

    /// Whether the appearance uses any colour other than the terminal's defaults.
    public var usesColor: Bool {
        foreground != .terminalDefault || background != .terminalDefault
    }
}
