/// The exact bytes of each element of a JSON array, for printing some of a list's rows as OCP
/// sent them.
extension JSONFieldExtractor {
    /// The elements of the array `json`, each its bytes unchanged, or `nil` when `json` is not an
    /// array that reads to its end.
    package static func elements(of json: [UInt8]) -> [ArraySlice<UInt8>]? {
        var index = skipSpace(json, 0)
        guard index < json.count, json[index] == UInt8(ascii: "[") else { return nil }
        index = skipSpace(json, index + 1)
        var elements: [ArraySlice<UInt8>] = []
        if index < json.count, json[index] == UInt8(ascii: "]") { return elements }
        while index < json.count {
            guard let end = endOfValue(json, index), end > index else { return nil }
            elements.append(json[index..<end])
            index = skipSpace(json, end)
            guard index < json.count else { return nil }
            if json[index] == UInt8(ascii: "]") { return elements }
            guard json[index] == UInt8(ascii: ",") else { return nil }
            index = skipSpace(json, index + 1)
        }
        return nil
    }
}
