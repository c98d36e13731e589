import Hummingbird
import OCPAPI

/// The errors the simulator answers, with OCP's codes (docs/ocp-api.md).
extension SimulatorAPIError {
    /// 404 OBE11001: no cluster with this id.
    package static func clusterNotFound(_ id: String) -> Self {
        Self(
            status: .notFound, code: "OBE11001",
            message: "The specified cluster with the ID of \(TextSanitizer.singleLine(String(id.prefix(40)))) does not exist.")
    }

    /// 404 BAK21006: the cluster has no strategy.
    package static func noStrategy(clusterId: Int64) -> Self {
        Self(status: .notFound, code: "BAK21006", message: "The backup object (cluster \(clusterId)) has no backup policy.")
    }

    /// 409 BAK21001: the cluster already has a strategy.
    package static func strategyExists(clusterId: Int64) -> Self {
        Self(
            status: .conflict, code: "BAK21001",
            message: "The cluster \(clusterId) already has a backup policy; delete it or update it instead.")
    }

    /// 400 BAK21016: a modify that changes nothing.
    package static let strategyUnchanged = Self(status: .badRequest, code: "BAK21016", message: "The backup strategy has not changed!")

    /// 400 BAK10001: the body is not a readable strategy.
    package static func unreadableBody(_ detail: String) -> Self {
        Self(status: .badRequest, code: "BAK10001", message: "Invalid parameter: the request body could not be read (\(detail)).")
    }

    /// 400 COM10001: a query parameter is empty or invalid.
    package static func invalidParameter(_ name: String, _ detail: String) -> Self {
        Self(status: .badRequest, code: "COM10001", message: "Input parameter \(name) is empty or invalid: \(detail).")
    }

    /// 400 COM10011: a field that cannot be sorted on.
    package static func unsortable(_ field: String) -> Self {
        Self(
            status: .badRequest, code: "COM10011",
            message: "The field \(TextSanitizer.singleLine(String(field.prefix(40)))) cannot be used for sorting; use id, name, obVersion or status.")
    }

    /// 404 COM10002: no such API path.
    package static func noRoute(_ path: String) -> Self {
        Self(
            status: .notFound, code: "COM10002", message: "No record found: there is no API at \(TextSanitizer.singleLine(String(path.prefix(80)))).")
    }

    /// 400 with the first issue's code and message, and every issue in `subErrors`.
    package static func validation(_ issues: [StrategyIssue]) -> Self {
        let first = issues.first ?? StrategyIssue(code: "BAK10002", field: "", message: "Invalid request.")
        return Self(
            status: .badRequest, code: first.code, message: "\(first.field): \(first.message)",
            subErrors: issues.map { OCPSubError(object: "backupStrategy", field: $0.field, message: "\($0.message) (\($0.code))") })
    }

    /// 401 IAM10000: authentication failed, with which check failed.
    package static func unauthorized(_ reason: String) -> Self {
        Self(status: .unauthorized, code: "IAM10000", message: "Authentication failed: \(reason)")
    }
}
