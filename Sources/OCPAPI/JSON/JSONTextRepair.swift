/// Repairs the text of a JSON body that Foundation's decoder would reject as a whole: bytes that
/// are not UTF-8 and `\uD800`-style escapes of lone surrogates both become U+FFFD, so one bad
/// name from a broken server cannot make a whole page of clusters unreadable.
package enum JSONTextRepair {
    /// The repaired body, or `nil` when `body` needs no repair.
    package static func repaired(_ body: [UInt8]) -> [UInt8]? {
        let text = String(decoding: body, as: UTF8.self)
        var changed = !text.utf8.elementsEqual(body)
        let bytes = Array(text.utf8)
        guard bytes.contains(UInt8(ascii: "\\")) else { return changed ? bytes : nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            guard byte == UInt8(ascii: "\\"), index + 1 < bytes.count else {
                output.append(byte)
                index += 1
                continue
            }
            guard bytes[index + 1] == UInt8(ascii: "u"), let unit = codeUnit(bytes, at: index) else {
                output += bytes[index...(index + 1)]
                index += 2
                continue
            }
            if (0xD800...0xDBFF).contains(unit), let next = codeUnit(bytes, at: index + 6), (0xDC00...0xDFFF).contains(next) {
                output += bytes[index..<(index + 12)]
                index += 12
            } else if (0xD800...0xDFFF).contains(unit) {
                output += Array(#"\uFFFD"#.utf8)
                changed = true
                index += 6
            } else {
                output += bytes[index..<(index + 6)]
                index += 6
            }
        }
        return changed ? output : nil
    }

    /// The value of the `\uXXXX` escape starting at `index`, if there is one.
    private static func codeUnit(_ bytes: [UInt8], at index: Int) -> UInt16? {
        guard index + 5 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else { return nil }
        var value: UInt16 = 0
        for byte in bytes[(index + 2)...(index + 5)] {
            guard let digit = hexDigit(byte) else { return nil }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
