/// How many terminal cells text occupies, from a table built into the program rather than the
/// C library's `wcwidth` (which depends on the process locale and answers −1 in the C locale).
///
/// Wide and fullwidth characters (CJK, Hangul, kana, fullwidth forms, emoji) take 2 cells;
/// combining marks, format characters, zero-width characters and variation selectors take 0;
/// everything else takes 1.
public enum DisplayWidth {
    /// The cells one scalar occupies on its own: 0, 1 or 2. Control characters count 0.
    public static func width(of scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x7F { return value >= 0x20 ? 1 : 0 }
        if value < 0xA0 { return 0 }
        if isZeroWidth(scalar) { return 0 }
        return WideCharacterRanges.contains(value) ? 2 : 1
    }

    /// The cells one grapheme occupies: the width of its first scalar that takes space, so a
    /// base letter with combining marks counts once. At most 2.
    public static func width(of character: Character) -> Int {
        for scalar in character.unicodeScalars {
            let scalarWidth = width(of: scalar)
            if scalarWidth > 0 { return scalarWidth }
        }
        return 0
    }

    /// The cells a string occupies on one line.
    public static func width(of text: String) -> Int {
        if let width = asciiWidth(of: text) { return width }
        var total = 0
        for character in text {
            total += width(of: character)
        }
        return total
    }

    private static func isZeroWidth(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        switch value {
        case 0x1160...0x11FF, 0x200B...0x200F, 0x2028...0x202E, 0x2060...0x206F, 0xFE00...0xFE0F,
            0xFEFF, 0x1F3FB...0x1F3FF, 0xE0000...0xE007F, 0xE0100...0xE01EF:
            return true
        default:
            break
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control:
            return true
        default:
            return false
        }
    }
}
