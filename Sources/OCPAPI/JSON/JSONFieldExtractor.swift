/// Finds the exact bytes of one top-level field of a JSON object without re-serializing it.
///
/// `ocpbackup … --output json` prints OCP's `data` unchanged; this returns those bytes.
package enum JSONFieldExtractor {
    /// The bytes of `field`'s value in the top-level object `json`, or `nil` if absent.
    package static func value(of field: String, in json: [UInt8]) -> ArraySlice<UInt8>? {
        var index = skipSpace(json, 0)
        guard index < json.count, json[index] == UInt8(ascii: "{") else { return nil }
        index += 1
        let wanted = Array(field.utf8)
        while true {
            index = skipSpace(json, index)
            guard index < json.count else { return nil }
            if json[index] == UInt8(ascii: "}") { return nil }
            if json[index] == UInt8(ascii: ",") {
                index += 1
                continue
            }
            guard json[index] == UInt8(ascii: "\""), let keyEnd = endOfString(json, index) else { return nil }
            let key = json[(index + 1)..<(keyEnd - 1)]
            index = skipSpace(json, keyEnd)
            guard index < json.count, json[index] == UInt8(ascii: ":") else { return nil }
            index = skipSpace(json, index + 1)
            guard let valueEnd = endOfValue(json, index) else { return nil }
            if key.elementsEqual(wanted) { return json[index..<valueEnd] }
            index = valueEnd
        }
    }

    static func skipSpace(_ json: [UInt8], _ start: Int) -> Int {
        var index = start
        while index < json.count, [0x20, 0x09, 0x0A, 0x0D].contains(json[index]) { index += 1 }
        return index
    }

    /// Index just past the closing quote of the string starting at `start`.
    private static func endOfString(_ json: [UInt8], _ start: Int) -> Int? {
        var index = start + 1
        while index < json.count {
            switch json[index] {
            case UInt8(ascii: "\\"): index += 2
            case UInt8(ascii: "\""): return index + 1
            default: index += 1
            }
        }
        return nil
    }

    /// Index just past the value starting at `start`.
    static func endOfValue(_ json: [UInt8], _ start: Int) -> Int? {
        guard start < json.count else { return nil }
        if json[start] == UInt8(ascii: "\"") { return endOfString(json, start) }
        if json[start] == UInt8(ascii: "{") || json[start] == UInt8(ascii: "[") {
            var depth = 0
            var index = start
            while index < json.count {
                switch json[index] {
                case UInt8(ascii: "\""):
                    guard let end = endOfString(json, index) else { return nil }
                    index = end
                    continue
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    if depth == 0 { return index + 1 }
                default:
                    break
                }
                index += 1
            }
            return nil
        }
        var index = start
        while index < json.count,
            ![UInt8(ascii: ","), UInt8(ascii: "}"), UInt8(ascii: "]"), 0x20, 0x0A, 0x0D, 0x09]
                .contains(json[index])
        {
            index += 1
        }
        return index
    }
}
