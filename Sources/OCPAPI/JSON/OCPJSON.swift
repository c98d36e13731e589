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

    /// Decodes `type` from `bytes` without copying them: the decoder reads the array's storage
    /// in place (a page of clusters is hundreds of kilobytes).
    public static func decode<Value: Decodable>(_ type: Value.Type, from bytes: [UInt8], using decoder: JSONDecoder = decoder()) throws -> Value {
        try bytes.withUnsafeBytes { buffer in
            guard let base = buffer.baseAddress, buffer.count > 0 else { return try decoder.decode(type, from: Data()) }
            let view = Data(bytesNoCopy: UnsafeMutableRawPointer(mutating: base), count: buffer.count, deallocator: .none)
            return try decoder.decode(type, from: view)
        }
    }

    /// Encodes a value to compact bytes.
    public static func encode(_ value: some Encodable) throws -> [UInt8] {
        Array(try encoder().encode(value))
    }
}
