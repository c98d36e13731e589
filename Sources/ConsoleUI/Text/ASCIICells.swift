/// The cell text of every ASCII byte, made once: a printable byte is itself, a control byte is
/// U+FFFD (nothing stored may move a terminal's cursor).
enum ASCIICells {
    /// The texts, by byte value.
    static let texts: [String] = (0..<0x80).map { value in
        value >= 0x20 && value < 0x7F ? String(Unicode.Scalar(UInt8(value))) : "\u{FFFD}"
    }

    /// The cell text of `byte`, which must be below 0x80.
    static func text(of byte: UInt8) -> String {
        texts[Int(byte)]
    }
}
