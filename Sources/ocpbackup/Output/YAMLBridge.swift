import OCPAPI
import Yams

/// Converts between JSON values and YAML text, keeping strings that look like numbers as strings.
enum YAMLBridge {
    /// YAML text for a JSON value, object keys sorted.
    static func yaml(from value: JSONValue) throws -> String {
        try Yams.serialize(node: node(from: value), allowUnicode: true, sortKeys: true)
    }

    /// The JSON value a YAML document describes (map keys always become strings).
    static func json(fromYAML text: String) throws -> JSONValue {
        guard let root = try Yams.compose(yaml: text) else { return .null }
        return json(from: root)
    }

    private static func node(from value: JSONValue) -> Node {
        switch value {
        case .null: return Node("null", Tag(.null))
        case .bool(let flag): return Node(flag ? "true" : "false", Tag(.bool))
        case .integer(let number): return Node(String(number), Tag(.int))
        case .double(let number): return Node(String(number), Tag(.float))
        case .string(let text): return Node(text, Tag(.str))
        case .array(let items): return Node(items.map(node(from:)))
        case .object(let fields):
            return Node(fields.keys.sorted().map { (Node($0, Tag(.str)), node(from: fields[$0] ?? .null)) })
        }
    }

    private static func json(from node: Node) -> JSONValue {
        switch node {
        case .scalar(let scalar):
            switch node.tag.rawValue {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return node.bool.map(JSONValue.bool) ?? .string(scalar.string)
            case Tag.Name.int.rawValue: return node.int.map { .integer(Int64($0)) } ?? .string(scalar.string)
            case Tag.Name.float.rawValue: return node.float.map(JSONValue.double) ?? .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            return .array(sequence.map(json(from:)))
        case .mapping(let mapping):
            var fields: [String: JSONValue] = [:]
            for (key, value) in mapping {
                fields[key.string ?? String(describing: key)] = json(from: value)
            }
            return .object(fields)
        case .alias:
            return .null
        }
    }
}
