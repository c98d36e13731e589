import OCPAPI

/// Derives hostile variants of a JSON document: truncations, wrong types, missing fields,
/// huge numbers and deep nesting. Deterministic for a given input.
enum SampleMutator {
    /// Every mutation of `json`, with a label saying what was done.
    static func mutations(of json: String) -> [(label: String, body: String)] {
        var result: [(String, String)] = []
        let bytes = Array(json.utf8)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 40)) {
            result.append(("truncated at \(cut)", String(decoding: bytes[..<cut], as: UTF8.self)))
        }
        guard let value = try? JSONValue.parse(bytes) else { return result }
        for (path, replacement, label) in replacements(in: value, path: []) {
            let mutated = replacing(value, at: path, with: replacement)
            result.append(("\(label) at \(path.joined(separator: "."))", String(decoding: mutated.serialized(), as: UTF8.self)))
        }
        let nested = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        result.append(("data nested 100000 deep", #"{"data":"# + nested + #","successful":true}"#))
        result.append(
            ("object nested 5000 deep", #"{"data":"# + String(repeating: #"{"a":"#, count: 5000) + "1" + String(repeating: "}", count: 5000) + "}"))
        result.append(("huge number", json.replacingOccurrences(of: #""status":200"#, with: #""status":1e400"#)))
        result.append(("lone surrogate escape", json.replacingOccurrences(of: #""traceId":""#, with: #""traceId":"\ud800"#)))
        result.append(("invalid UTF-8 byte", String(decoding: bytes + [0xFF, 0xFE], as: UTF8.self)))
        result.append(("empty body", ""))
        result.append(("not JSON", "<html>502 Bad Gateway</html>"))
        return result
    }

    /// For every field: its removal, and values of the wrong type and extreme size.
    private static func replacements(in value: JSONValue, path: [String]) -> [([String], JSONValue?, String)] {
        guard case .object(let fields) = value else { return [] }
        var result: [([String], JSONValue?, String)] = []
        for key in fields.keys.sorted() {
            let child = path + [key]
            result.append((child, nil, "missing"))
            result.append((child, .string("\u{1B}]0;x\u{07}"), "string"))
            result.append((child, .integer(Int64.max), "huge integer"))
            result.append((child, .double(-1e308), "huge double"))
            result.append((child, .array([.null]), "array"))
            result.append((child, .object(["unexpected": .bool(true)]), "object"))
            if let nested = fields[key] { result += replacements(in: nested, path: child) }
        }
        return result
    }

    private static func replacing(_ value: JSONValue, at path: [String], with replacement: JSONValue?) -> JSONValue {
        guard let first = path.first, case .object(var fields) = value else { return replacement ?? .null }
        if path.count == 1 {
            fields[first] = replacement
        } else if let child = fields[first] {
            fields[first] = replacing(child, at: Array(path.dropFirst()), with: replacement)
        }
        return .object(fields)
    }
}
