/// What is known about the target cluster, for the rules that depend on it.
public struct StrategyContext: Sendable, Hashable {
    /// The cluster's OceanBase version.
    public var obVersion: OBVersion?
    /// PRIMARY or STANDBY.
    public var clusterType: ClusterType?
    /// The cluster's status.
    public var clusterStatus: ClusterStatus?
    /// The cluster's backup ability.
    public var ability: BackupAbility?

    /// Makes a context.
    public init(obVersion: OBVersion?, clusterType: ClusterType?, clusterStatus: ClusterStatus?, ability: BackupAbility?) {
        self.obVersion = obVersion
        self.clusterType = clusterType
        self.clusterStatus = clusterStatus
        self.ability = ability
    }

    /// The context of a cluster and its ability.
    public init(cluster: Cluster, ability: BackupAbility?) {
        self.init(obVersion: cluster.version, clusterType: cluster.type, clusterStatus: cluster.status, ability: ability)
    }

    /// Why no strategy can be made for this cluster, or `nil` when one can: only a primary that
    /// is running or under maintenance can have one.
    public var strategyBlocker: StrategyIssue? {
        if clusterType == .standby {
            return StrategyIssue(
                code: "BAK40002", field: "cluster", message: "A standby cluster cannot have a backup strategy; back up its primary.")
        }
        if let status = clusterStatus, status != .running, status != .operating {
            return StrategyIssue(
                code: "BAK10002", field: "cluster",
                message: "The cluster is \(status.rawValue); only a running cluster (or one under maintenance) can have a backup strategy.")
        }
        return nil
    }
}
