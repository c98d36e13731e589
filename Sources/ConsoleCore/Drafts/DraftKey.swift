/// Which draft: one per profile and cluster.
public struct DraftKey: Codable, Hashable, Sendable {
    /// The connection profile.
    public var profile: String
    /// The OCP cluster id.
    public var clusterId: Int64

    /// Makes a key.
    public init(profile: String, clusterId: Int64) {
        self.profile = profile
        self.clusterId = clusterId
    }

    /// A file name that cannot leave the drafts directory: the profile keeps only letters,
    /// digits, `-` and `_` (others become `_`).
    public var fileName: String {
        let safe = String(profile.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") ? $0 : "_" })
        return "\(safe.isEmpty ? "_" : safe)-cluster-\(clusterId).json"
    }
}
