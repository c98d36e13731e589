import Foundation

/// What the restore rules check a request against, read from OCP just before: the source
/// cluster, its tenants and recoverable windows, the target cluster, its tenants and its restore
/// tasks, and the current time (inject it; OCP's `serverTime` is best).
public struct RestoreFacts: Sendable, Hashable {
    /// The cluster restored from (the `{id}` of the restore path).
    public var source: Cluster
    /// The source cluster's tenants (`GET …/clusters/{id}/tenants`).
    public var sourceTenants: [Tenant]
    /// The source cluster's recoverable windows, per tenant (`GET …/clusters/{id}/backup/info`).
    public var recoverability: ClusterRecoverability
    /// The cluster the request names as target, `nil` when OCP knows no such cluster.
    public var target: Cluster?
    /// The target cluster's tenants.
    public var targetTenants: [Tenant]
    /// The target cluster's restore tasks (`GET …/clusters/{id}/backup/task/restoreTasks`).
    public var targetRestoreTasks: [RestoreTask]
    /// Now: a later point in time is refused.
    public var now: Date

    /// Makes the facts.
    public init(
        source: Cluster, sourceTenants: [Tenant], recoverability: ClusterRecoverability, target: Cluster?, targetTenants: [Tenant],
        targetRestoreTasks: [RestoreTask], now: Date
    ) {
        self.source = source
        self.sourceTenants = sourceTenants
        self.recoverability = recoverability
        self.target = target
        self.targetTenants = targetTenants
        self.targetRestoreTasks = targetRestoreTasks
        self.now = now
    }
}
