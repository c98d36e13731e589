/// Makes server-supplied text safe to draw on a terminal.
///
/// Removes C0 and C1 control characters, DEL, and Unicode format characters (bidi overrides,
/// zero-width characters) that could move the cursor, change the title, or disguise text.
package enum TextSanitizer {
    /// The text on one line: every control or format character becomes a visible `?` stand-in
    /// (`\t` becomes a space), so nothing can rewrite the screen.
    package static func singleLine(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isUnsafe) else { return text }
        var output = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if scalar == "\t" {
                output.append(" ")
            } else if isUnsafe(scalar) {
                output.append("\u{FFFD}")
            } else {
                output.append(scalar)
            }
        }
        return String(output)
    }

    /// Whether the scalar must not reach a terminal raw.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value) { return true }
        switch value {
        case 0x200B...0x200F, 0x202A...0x202E, 0x2060...0x2064, 0x2066...0x206F, 0xFEFF, 0xFFF9...0xFFFB:
            return true
        default:
            return false
        }
    }
}
