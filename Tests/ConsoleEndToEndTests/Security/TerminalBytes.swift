/// Checks on the raw bytes a program wrote to its terminal.
enum TerminalBytes {
    /// Escape sequences ncurses never sends for drawing: OSC (titles, colours, clipboard), DCS,
    /// SOS, PM and APC; found ones are returned with their offset.
    static func forbiddenEscapes(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        for index in bytes.indices.dropLast() where bytes[index] == 0x1B {
            let next = bytes[index + 1]
            if [UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "X"), UInt8(ascii: "^"), UInt8(ascii: "_")].contains(next) {
                found.append("ESC \(Character(Unicode.Scalar(next))) at \(index)")
            }
        }
        return found
    }

    /// Control bytes that drawing never needs: BEL, NUL, DEL, and C1 controls as UTF-8 (`C2 80`–`C2 9F`).
    static func forbiddenControls(in bytes: [UInt8]) -> [String] {
        var found: [String] = []
        for (index, byte) in bytes.enumerated() {
            if byte == 0x07 || byte == 0x00 || byte == 0x7F { found.append("byte \(byte) at \(index)") }
            if byte == 0xC2, index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) {
                found.append("C1 U+00\(String(bytes[index + 1], radix: 16)) at \(index)")
            }
        }
        return found
    }

    /// Whether `needle` occurs in `bytes`.
    static func contains(_ bytes: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return false }
        return (0...(bytes.count - pattern.count)).contains { bytes[$0..<($0 + pattern.count)].elementsEqual(pattern) }
    }
}
