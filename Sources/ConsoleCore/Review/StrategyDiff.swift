import OCPAPI

/// The field-by-field difference between the current strategy and a request, secrets masked.
public enum StrategyDiff {
    /// Every value that differs, by dotted path in sorted order (`JSONDiff`). Secrets are
    /// compared masked; a secret present in `new` is always listed, since it is typed again on modify.
    public static func changes(from old: BackupStrategyRequest, to new: BackupStrategyRequest) -> [FieldChange] {
        let before = json(old).maskingSecrets()
        let after = json(new).maskingSecrets()
        var changes: [String: FieldChange] = [:]
        for change in JSONDiff.changes(from: before, to: after) {
            changes[change.path] = FieldChange(path: change.path, old: change.old.map(text), new: change.new.map(text))
        }
        for (path, _) in secretLeaves(after) {
            changes[path] = FieldChange(
                path: path, old: changes[path]?.old ?? value(at: path, in: before).map(text), new: Secret.mask + " (typed again)")
        }
        return changes.keys.sorted().compactMap { changes[$0] }
    }

    private static func json(_ request: BackupStrategyRequest) -> JSONValue {
        guard let bytes = try? OCPJSON.encode(request), let value = try? JSONValue.parse(bytes) else { return .null }
        return value
    }

    private static func text(_ value: JSONValue) -> String { TextSanitizer.singleLine(leafText(value)) }

    /// Secret-bearing string fields (already masked) by dotted path.
    private static func secretLeaves(_ value: JSONValue, prefix: String = "") -> [(String, JSONValue)] {
        guard case .object(let fields) = value else { return [] }
        return fields.flatMap { key, child -> [(String, JSONValue)] in
            let path = prefix.isEmpty ? key : prefix + "." + key
            if SecretFieldNames.isSecret(key), case .string = child { return [(path, child)] }
            return secretLeaves(child, prefix: path)
        }
    }

    private static func value(at path: String, in value: JSONValue) -> JSONValue? {
        path.split(separator: ".").reduce(Optional(value)) { current, key in current?[String(key)] }
    }

    /// A leaf as JSON text: strings quoted, numbers and booleans bare, arrays serialized.
    static func leafText(_ value: JSONValue) -> String {
        switch value {
        case .string(let text): "\"" + text + "\""
        case .integer(let number): String(number)
        case .double(let number): String(number)
        case .bool(let flag): flag ? "true" : "false"
        case .null: "null"
        case .array, .object: String(decoding: value.serialized(), as: UTF8.self)
        }
    }
}
