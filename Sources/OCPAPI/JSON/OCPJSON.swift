import Foundation

/// The JSON conventions of OCP: keys sorted, slashes unescaped, nulls left out.
public enum OCPJSON {
    /// An encoder that writes what OCP writes (compact unless `pretty`).
    public static func encoder(pretty: Bool = false) -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty
            ? [.sortedKeys, .withoutEscapingSlashes, .prettyPrinted]
            : [.sortedKeys, .withoutEscapingSlashes]
        return encoder
    }

    /// A decoder that ignores unknown fields (Codable's default).
    public static func decoder() -> JSONDecoder { JSONDecoder() }

    /// Encodes a value to compact bytes.
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        Array(try encoder().encode(value))
    }
}
