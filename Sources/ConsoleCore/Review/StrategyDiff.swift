import OCPAPI

/// The field-by-field difference between the current strategy and a request, secrets masked.
public enum StrategyDiff {
    /// Every leaf value that differs, by dotted path in sorted order. Secrets are compared
    /// masked; a secret present in `new` is always listed, since it is typed again on modify.
    public static func changes(from old: BackupStrategyRequest, to new: BackupStrategyRequest) -> [FieldChange] {
        let before = flatten(json(old).maskingSecrets())
        let after = flatten(json(new).maskingSecrets())
        var changes: [FieldChange] = []
        for path in Set(before.keys).union(after.keys).sorted() {
            let oldText = before[path]
            let newText = after[path]
            let isSecret = path.split(separator: ".").last.map { SecretFieldNames.isSecret(String($0)) } ?? false
            if oldText != newText || (isSecret && newText != nil) {
                changes.append(FieldChange(path: path, old: oldText, new: isSecret && newText != nil ? "\(Secret.mask) (typed again)" : newText))
            }
        }
        return changes
    }

    private static func json(_ request: BackupStrategyRequest) -> JSONValue {
        guard let bytes = try? OCPJSON.encode(request), let value = try? JSONValue.parse(bytes) else { return .null }
        return value
    }

    private static func flatten(_ value: JSONValue, prefix: String = "") -> [String: String] {
        switch value {
        case .object(let fields):
            var result: [String: String] = [:]
            for (key, child) in fields {
                result.merge(flatten(child, prefix: prefix.isEmpty ? key : prefix + "." + key)) { first, _ in first }
            }
            return result
        case .null:
            return [:]
        default:
            return [prefix: TextSanitizer.singleLine(leafText(value))]
        }
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
