import Foundation
import OCPAPI

/// Reads a strategy request body from a JSON or YAML file, strictly: a field the OCP
/// documentation does not name is an error, not silently dropped.
enum StrategyFile {
    /// The request in `path` (`-` for standard input), at most `InputLimit.requestBody`.
    static func read(_ path: String) throws(CommandFailure) -> BackupStrategyRequest {
        let bytes = try InputDocument.read(path, limit: .requestBody)
        return try parse(bytes, name: path == "-" ? "standard input" : path)
    }

    /// Parses JSON (when the text starts with `{`) or YAML, within `InputBounds`.
    static func parse(_ bytes: [UInt8], name: String) throws(CommandFailure) -> BackupStrategyRequest {
        let value = try InputDocument.parse(bytes, name: name)
        guard case .object(var fields) = value else { throw .usage("\(name) must hold one object: the OCP request body.") }
        for key in readBackOnlyFields { fields[key] = nil }
        let body = JSONValue.object(fields)
        var request: BackupStrategyRequest
        do {
            request = try OCPJSON.decoder().decode(BackupStrategyRequest.self, from: Data(body.serialized()))
        } catch {
            throw .usage("\(name): \(DecodingErrorText.describe(error)).")
        }
        let canonical = (try? JSONValue.parse(OCPJSON.encode(request))) ?? .null
        let unknown = unknownFields(body, known: canonical, path: "")
        if !unknown.isEmpty {
            throw .usage(
                "\(name) has fields OCP does not document: \(InputExcerpt.list(unknown)). Check their spelling and placement.")
        }
        request.obBackupServiceStorageConfig = request.obBackupServiceStorageConfig?.withoutReadBackProtocol
        if let secondaryStorage = request.obSecondaryBackupConfig?.storageConfig {
            request.obSecondaryBackupConfig?.storageConfig = secondaryStorage.withoutReadBackProtocol
        }
        return request
    }

    /// Fields a strategy has when read back (`strategy show`) that are not part of a request;
    /// they are ignored so that a shown strategy can be fed back unchanged.
    static let readBackOnlyFields = [
        "id", "createTime", "updateTime", "clusterName", "obClusterId", "clusterId", "backupDimension", "tenantName",
        "obTenantId", "tenantId", "type", "serviceConfigName",
    ]

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
