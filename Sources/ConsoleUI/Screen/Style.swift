/// Text attributes of a cell, independent of colour.
public struct Style: OptionSet, Sendable, Hashable {
    /// The raw bits.
    public let rawValue: UInt8

    /// A style from its raw bits.
    public init(rawValue: UInt8) {
        self.rawValue = rawValue
    }

    /// Bold (or bright) text.
    public static let bold = Style(rawValue: 1 << 0)
    /// Foreground and background swapped.
    public static let reverse = Style(rawValue: 1 << 1)
    /// Underlined text.
    public static let underline = Style(rawValue: 1 << 2)
    /// Dim (faint) text.
    public static let dim = Style(rawValue: 1 << 3)
    /// Italic text, where the terminal has it.
    public static let italic = Style(rawValue: 1 << 4)
    /// Blinking text.
    public static let blink = Style(rawValue: 1 << 5)

    /// Every single attribute with the letter that stands for it in annotated output.
    public static let markedAttributes: [(style: Style, mark: Character)] = [
        (.bold, "b"), (.reverse, "r"), (.underline, "u"), (.dim, "d"), (.italic, "i"), (.blink, "k"),
    ]

    /// The letter for annotated output: a space for no attribute, the attribute's letter for
    /// one attribute, `+` for several.
    public var mark: Character {
        let marks = Self.markedAttributes.filter { contains($0.style) }
        switch marks.count {
        case 0: return " "
        case 1: return marks[0].mark
        default: return "+"
        }
    }
}
