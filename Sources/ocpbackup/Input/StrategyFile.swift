import Foundation
import OCPAPI

/// Reads a strategy request body from a JSON or YAML file, strictly (`StrictBody`).
enum StrategyFile {
    /// The request in `path` (`-` for standard input), at most `InputLimit.requestBody`.
    static func read(_ path: String) throws(CommandFailure) -> BackupStrategyRequest {
        let body = try InputDocument.requestBody(path)
        return try parse(body.bytes, name: body.name)
    }

    /// Parses JSON (when the text starts with `{`) or YAML, within `InputBounds`.
    static func parse(_ bytes: [UInt8], name: String) throws(CommandFailure) -> BackupStrategyRequest {
        let value = try InputDocument.parse(bytes, name: name)
        guard case .object(var fields) = value else { throw .usage("\(name) must hold one object: the OCP request body.") }
        for key in readBackOnlyFields { fields[key] = nil }
        var request = try StrictBody.decode(BackupStrategyRequest.self, from: .object(fields), name: name)
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
}
