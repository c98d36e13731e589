import Foundation
import OCPAPI

/// Reads a restore request body (OCP's `RestoreTenantParam`) from a JSON or YAML file, strictly
/// (`StrictBody`). The web-console keys of OCP's samples (`key`, `checked`,
/// `tableRestoreObjects` in a zone) are dropped, so a sample can be used as it is.
enum RestoreFile {
    /// The request in `path` (`-` for standard input), at most `InputLimit.requestBody`.
    static func read(_ path: String) throws(CommandFailure) -> RestoreRequest {
        let body = try InputDocument.requestBody(path)
        return try parse(body.bytes, name: body.name)
    }

    /// Parses JSON (when the text starts with `{`) or YAML, within `InputBounds`.
    static func parse(_ bytes: [UInt8], name: String) throws(CommandFailure) -> RestoreRequest {
        let value = try InputDocument.parse(bytes, name: name)
        guard case .object = value else { throw .usage("\(name) must hold one object: the OCP restore body.") }
        return try StrictBody.decode(RestoreRequest.self, from: withoutConsoleKeys(value), name: name)
    }

    /// The keys OCP's web console adds to a zone, never part of the documented body.
    static let consoleZoneKeys = ["key", "checked", "tableRestoreObjects"]

    /// `value` without the console's keys in `…TenantRequiredParam.restoreTenantInfoParam.zones[]`.
    static func withoutConsoleKeys(_ value: JSONValue) -> JSONValue {
        guard case .object(var fields) = value else { return value }
        for parameters in ["restoreOnlineTenantRequiredParam", "restoreOfflineTenantRequiredParam"] {
            guard case .object(var parameter)? = fields[parameters], case .object(var info)? = parameter["restoreTenantInfoParam"],
                case .array(let zones)? = info["zones"]
            else { continue }
            info["zones"] = .array(
                zones.map { zone in
                    guard case .object(var zoneFields) = zone else { return zone }
                    for key in consoleZoneKeys { zoneFields[key] = nil }
                    return .object(zoneFields)
                })
            parameter["restoreTenantInfoParam"] = .object(info)
            fields[parameters] = .object(parameter)
        }
        return .object(fields)
    }
}
