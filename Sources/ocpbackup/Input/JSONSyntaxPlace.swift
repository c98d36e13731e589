import Foundation

/// Where a JSON text has its first syntax error, as a 1-based line and column (characters).
/// `JSONDecoder` does not say; `JSONSerialization` names the offset in its error
/// (`Invalid value around character 33.`), which is turned into a line and a column. The error's
/// text itself is never shown.
enum JSONSyntaxPlace {
    /// The line and column of the error in `bytes`, or `nil` when none is named.
    static func of(_ bytes: [UInt8]) -> (line: Int, column: Int)? {
        do {
            _ = try JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed])
            return nil
        } catch {
            let text = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
            guard let range = text.range(of: #"character [0-9]+"#, options: .regularExpression),
                let offset = Int(text[range].dropFirst("character ".count))
            else { return nil }
            return place(ofOffset: min(offset, bytes.count), in: bytes)
        }
    }

    /// The line and column of byte `offset`.
    static func place(ofOffset offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        return (line, column)
    }
}
