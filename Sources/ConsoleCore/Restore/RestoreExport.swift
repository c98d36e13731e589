import OCPAPI

/// A restore request body to be written as a file `ocpbackup restore CLUSTER --file` takes.
public struct RestoreExport: Equatable, Sendable {
    /// The source cluster's OCP id (the command's `CLUSTER`).
    public var clusterId: Int64
    /// The source cluster's name, as OCP gave it (sanitized before it reaches a file name or comment).
    public var clusterName: String
    /// The new tenant's name.
    public var tenantName: String
    /// The request body exactly as reviewed, every secret replaced by `******`.
    public var body: JSONValue
    /// Where to write it; `nil` for a fresh ``defaultFileName`` in the current directory.
    public var path: String?

    /// Makes an export.
    public init(clusterId: Int64, clusterName: String, tenantName: String, body: JSONValue, path: String?) {
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.tenantName = tenantName
        self.body = body
        self.path = path
    }

    /// `restore-<new tenant>.yaml`, the name kept as the strategy export keeps it.
    public var defaultFileName: String {
        let strategyName = StrategyExport(clusterId: clusterId, clusterName: tenantName, body: .null, path: nil).defaultFileName
        return "restore-" + strategyName.dropFirst("strategy-".count)
    }
}
