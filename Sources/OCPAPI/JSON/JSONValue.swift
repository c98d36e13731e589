import Foundation

/// Any JSON value, for fields whose shape OCP does not document and for masking and printing.
public enum JSONValue: Codable, Hashable, Sendable {
    /// `null`.
    case null
    /// `true` or `false`.
    case bool(Bool)
    /// A number that fits an integer.
    case integer(Int64)
    /// Any other number.
    case double(Double)
    /// A string.
    case string(String)
    /// An array.
    case array([JSONValue])
    /// An object; key order is not significant (OCP sorts keys when it writes).
    case object([String: JSONValue])

    /// Decodes any JSON value.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .double(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    /// Encodes the value.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .integer(let value): try container.encode(value)
        case .double(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Parses JSON bytes.
    public static func parse(_ bytes: some Collection<UInt8>) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(bytes))
    }

    /// Serializes with sorted keys and unescaped slashes, compact or pretty.
    public func serialized(pretty: Bool = false) -> [UInt8] {
        let encoder = OCPJSON.encoder(pretty: pretty)
        return (try? Array(encoder.encode(self))) ?? Array("null".utf8)
    }

    /// The value at `key` when this is an object.
    public subscript(key: String) -> JSONValue? {
        if case .object(let fields) = self { return fields[key] }
        return nil
    }

    /// The string, when this is a string.
    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    /// The value with every secret-bearing field replaced by `******`.
    public func maskingSecrets() -> JSONValue {
        switch self {
        case .object(let fields):
            var masked: [String: JSONValue] = [:]
            for (key, value) in fields {
                if SecretFieldNames.isSecret(key), case .string(let text) = value, !text.isEmpty {
                    masked[key] = .string(Secret.mask)
                } else {
                    masked[key] = value.maskingSecrets()
                }
            }
            return .object(masked)
        case .array(let items):
            return .array(items.map { $0.maskingSecrets() })
        default:
            return self
        }
    }
}
