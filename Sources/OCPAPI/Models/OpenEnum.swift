/// A string enumeration that keeps values it does not know.
///
/// OCP adds enum values between versions; reading must never fail on a new one. Conforming
/// types are structs over a raw string with named constants for the documented values.
public protocol OpenEnum: RawRepresentable, Codable, Hashable, Sendable, CustomStringConvertible
where RawValue == String {
    /// Wraps any raw value, known or not.
    init(rawValue: String)
    /// The values the OCP documentation lists, in documentation order.
    static var documented: [Self] { get }
}

extension OpenEnum {
    /// Decodes the raw string as is, so an undocumented value is kept rather than rejected.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        self.init(rawValue: try container.decode(String.self))
    }

    /// Encodes the raw string.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    /// The raw value, as OCP spells it.
    public var description: String { rawValue }

    /// Whether the value is one the documentation lists.
    public var isDocumented: Bool { Self.documented.contains(self) }
}
