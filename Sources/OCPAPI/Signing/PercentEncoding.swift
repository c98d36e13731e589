/// Percent-encoding as the OCP signer uses it, and decoding of received query strings.
public enum PercentEncoding {
    /// The spelling of a space and of `~`, which the two official signer samples disagree on.
    public enum Style: Sendable, CaseIterable {
        /// RFC 3986 (V4.2.2 sample): keep `A–Z a–z 0–9 - . _ ~`, space is `%20`.
        case rfc3986
        /// Java `URLEncoder` (V4.3 sample): keep `A–Z a–z 0–9 - . _ *`, space is `+`.
        case formURL
    }

    /// Encodes every UTF-8 byte outside the style's unreserved set as `%XX` (uppercase).
    public static func encode(_ text: String, style: Style = .rfc3986) -> String {
        var output = [UInt8]()
        output.reserveCapacity(text.utf8.count)
        let hex = Array("0123456789ABCDEF".utf8)
        for byte in text.utf8 {
            if isUnreserved(byte, style: style) {
                output.append(byte)
            } else if byte == 0x20, style == .formURL {
                output.append(UInt8(ascii: "+"))
            } else {
                output.append(UInt8(ascii: "%"))
                output.append(hex[Int(byte >> 4)])
                output.append(hex[Int(byte & 0x0F)])
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    private static func isUnreserved(_ byte: UInt8, style: Style) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
            UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"):
            true
        case UInt8(ascii: "~"): style == .rfc3986
        case UInt8(ascii: "*"): style == .formURL
        default: false
        }
    }

    /// Decodes `%XX` escapes and, when `plusIsSpace`, `+`; invalid escapes stay as they are.
    public static func decode(_ text: Substring, plusIsSpace: Bool = true) -> String {
        var output = [UInt8]()
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%"), index + 2 < bytes.count, let high = hexValue(bytes[index + 1]),
                let low = hexValue(bytes[index + 2])
            {
                output.append(high << 4 | low)
                index += 3
            } else {
                output.append(byte == UInt8(ascii: "+") && plusIsSpace ? 0x20 : byte)
                index += 1
            }
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Splits a raw query string (no `?`) into decoded items, in order.
    public static func parseQuery(_ query: Substring) -> [QueryItem] {
        query.split(separator: "&", omittingEmptySubsequences: true).map { pair in
            if let equals = pair.firstIndex(of: "=") {
                return QueryItem(decode(pair[..<equals]), decode(pair[pair.index(after: equals)...]))
            }
            return QueryItem(decode(pair), "")
        }
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        default: nil
        }
    }
}
