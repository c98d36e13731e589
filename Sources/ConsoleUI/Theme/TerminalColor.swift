/// A colour as a theme chooses it, before the terminal maps it to what it can show.
public enum TerminalColor: Sendable, Hashable {
    /// The terminal's own default foreground or background.
    case terminalDefault
    /// One of the 16 standard colours: 0–7 normal, 8–15 bright.
    case standard(UInt8)
    /// A colour of the 256-colour palette, with the standard colour (0–7) to use on terminals
    /// with only 8 or 16 colours.
    case palette(UInt8, fallback: UInt8)

    /// Black.
    public static let black = TerminalColor.standard(0)
    /// Red.
    public static let red = TerminalColor.standard(1)
    /// Green.
    public static let green = TerminalColor.standard(2)
    /// Yellow.
    public static let yellow = TerminalColor.standard(3)
    /// Blue.
    public static let blue = TerminalColor.standard(4)
    /// Magenta.
    public static let magenta = TerminalColor.standard(5)
    /// Cyan.
    public static let cyan = TerminalColor.standard(6)
    /// White (light grey on most terminals).
    public static let white = TerminalColor.standard(7)

    /// The colour number for a terminal with `colorCount` colours (8, 16, 256 …), or −1 for the
    /// terminal's default colour.
    public func number(forColorCount colorCount: Int) -> Int {
        switch self {
        case .terminalDefault:
            return -1
        case .standard(let value):
            let number = Int(value)
            return number < colorCount ? number : number % 8
        case .palette(let value, let fallback):
            return colorCount >= 256 ? Int(value) : Int(fallback) % 8
        }
    }
}
