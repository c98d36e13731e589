/// How deeply a JSON text nests, found by one pass over its bytes before anything parses it,
/// so a document of 200,000 `[` is refused at the first level past the bound.
package enum JSONNesting {
    /// Where the first `[` or `{` opening level `limit + 1` is: its 1-based line and column
    /// (the column counts characters), or `nil` when the text stays within `limit` levels.
    package static func firstExcess(in bytes: [UInt8], limit: Int) -> (line: Int, column: Int)? {
        var depth = 0
        var inString = false
        var escaped = false
        var line = 1
        var column = 0
        for byte in bytes {
            if byte & 0xC0 != 0x80 { column += 1 }
            if inString {
                if escaped {
                    escaped = false
                } else if byte == UInt8(ascii: "\\") {
                    escaped = true
                } else if byte == UInt8(ascii: "\"") {
                    inString = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""):
                inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                if depth > limit { return (line, column) }
            case UInt8(ascii: "]"), UInt8(ascii: "}"):
                depth -= 1
            case UInt8(ascii: "\n"):
                line += 1
                column = 0
            default:
                break
            }
        }
        return nil
    }
}
