/// The `labels` of an alert event: names to values, every scalar value read as text (label
/// keys of backup alarms are not documented; `ob_cluster_name` is the one the templates use).
public struct AlarmLabels: Codable, Hashable, Sendable {
    /// The labels.
    public var values: [String: String]

    /// Makes labels.
    public init(_ values: [String: String]) { self.values = values }

    /// The value of a label.
    public subscript(key: String) -> String? { values[key] }

    /// Reads an object whose values are strings, numbers or booleans (others are dropped).
    public init(from decoder: any Decoder) throws {
        let object = try decoder.singleValueContainer().decode([String: JSONValue].self)
        var values: [String: String] = [:]
        for (key, value) in object {
            switch value {
            case .string(let text): values[key] = text
            case .integer(let number): values[key] = String(number)
            case .double(let number): values[key] = String(number)
            case .bool(let flag): values[key] = String(flag)
            default: continue
            }
        }
        self.values = values
    }

    /// Writes the object.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(values)
    }
}
