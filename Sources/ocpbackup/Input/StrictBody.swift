import Foundation
import OCPAPI

/// Decoding a request body read from a file strictly: a field the OCP documentation does not
/// name (one the model does not write back) is an error, not silently dropped.
enum StrictBody {
    /// `value` as `Body`.
    /// - Throws: a usage failure naming `name` and what does not decode, or the fields OCP does
    ///   not document (their paths, such as `restoreOnlineTenantRequiredParam.restoreTime`).
    static func decode<Body: Codable>(_ type: Body.Type, from value: JSONValue, name: String) throws(CommandFailure) -> Body {
        let body: Body
        do {
            body = try OCPJSON.decoder().decode(Body.self, from: Data(value.serialized()))
        } catch {
            throw .usage("\(name): \(DecodingErrorText.describe(error)).")
        }
        let canonical = (try? JSONValue.parse(OCPJSON.encode(body))) ?? .null
        let unknown = unknownFields(value, known: canonical, path: "")
        if !unknown.isEmpty {
            throw .usage("\(name) has fields OCP does not document: \(InputExcerpt.list(unknown)). Check their spelling and placement.")
        }
        return body
    }

    /// Paths present (and not null) in `value` but absent from `known`.
    static func unknownFields(_ value: JSONValue, known: JSONValue, path: String) -> [String] {
        switch (value, known) {
        case (.object(let fields), .object(let knownFields)):
            return fields.keys.sorted().flatMap { key -> [String] in
                let child = path.isEmpty ? key : "\(path).\(key)"
                guard let field = fields[key], field != .null else { return [] }
                guard let knownField = knownFields[key] else { return [child] }
                return unknownFields(field, known: knownField, path: child)
            }
        case (.array(let items), .array(let knownItems)):
            return zip(items, knownItems).enumerated().flatMap { index, pair in
                unknownFields(pair.0, known: pair.1, path: "\(path)[\(index)]")
            }
        default:
            return []
        }
    }
}
