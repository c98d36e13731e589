import Foundation
import OCPAPI

/// A wizard's request body to be written as a strategy file (`strategy create|modify --file`).
public struct StrategyExport: Equatable, Sendable {
    /// The cluster's OCP id.
    public var clusterId: Int64
    /// The cluster's name, as OCP gave it (sanitized before it reaches a file name or comment).
    public var clusterName: String
    /// The request body with every secret replaced by `******`.
    public var body: JSONValue
    /// Where to write it; `nil` for a fresh ``defaultFileName`` in the current directory.
    public var path: String?

    /// Makes an export.
    public init(clusterId: Int64, clusterName: String, body: JSONValue, path: String?) {
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.body = body
        self.path = path
    }

    /// `strategy-<cluster>.yaml`: letters, digits, `-`, `_` and `.` of the name kept (CJK
    /// too), anything else made `-`; the id when nothing is left.
    public var defaultFileName: String {
        let kept = String(
            clusterName.unicodeScalars.map { scalar -> Character in
                scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar)
                    ? Character(scalar) : "-"
            })
        let trimmed = kept.trimmingCharacters(in: .init(charactersIn: "-."))
        return "strategy-\(trimmed.isEmpty ? String(clusterId) : trimmed).yaml"
    }
}
