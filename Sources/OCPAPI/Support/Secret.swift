/// A secret string (password, AccessKey secret) that never prints itself.
///
/// `description`, `debugDescription` and reflection all show `******`; only `reveal()` gives the
/// value, and only the signer, the Basic header and the request encoder call it.
public struct Secret: Hashable, Sendable, Codable, CustomStringConvertible, CustomDebugStringConvertible,
    CustomReflectable
{
    /// How masked secrets are shown, as OCP shows them.
    public static let mask = "******"

    private let value: String

    /// Wraps a secret value.
    public init(_ value: String) { self.value = value }

    /// The secret itself; call only where it must be sent.
    public func reveal() -> String { value }

    /// Whether the secret is empty.
    public var isEmpty: Bool { value.isEmpty }

    /// Whether this is OCP's masked placeholder rather than a real secret.
    public var isMaskPlaceholder: Bool { value == Self.mask }

    /// Decodes the secret from a JSON string.
    public init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(String.self)
    }

    /// Encodes the real value: this is only used to build the body that is sent.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(value)
    }

    /// Always `******`.
    public var description: String { Self.mask }
    /// Always `******`.
    public var debugDescription: String { Self.mask }
    /// Reflection shows only the mask.
    public var customMirror: Mirror { Mirror(self, children: ["value": Self.mask]) }
}
