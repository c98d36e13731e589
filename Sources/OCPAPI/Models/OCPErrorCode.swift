/// An OCP error code: a number up to OCP 4.0 (`20003`), a prefixed string from 4.2 (`BAK21001`).
public enum OCPErrorCode: Codable, Hashable, Sendable, CustomStringConvertible {
    /// A numeric code, as OCP 4.0 and the throttling sample write it.
    case number(Int64)
    /// A string code, as OCP 4.2 and later write it.
    case string(String)

    /// Decodes either form.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            self = .number(number)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    /// Encodes the form it was made with.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .string(let value): try container.encode(value)
        }
    }

    /// The code as text (`BAK21001`, `0`).
    public var description: String {
        switch self {
        case .number(let value): String(value)
        case .string(let value): value
        }
    }
}
