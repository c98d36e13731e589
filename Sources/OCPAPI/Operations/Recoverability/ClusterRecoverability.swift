import Foundation

/// Every tenant's restorable windows of a cluster. Decide per tenant: OCP's cluster aggregate
/// takes the latest tenant's end and so overstates a lagging tenant; "the cluster is recoverable
/// to T" means every tenant is.
public struct ClusterRecoverability: Sendable, Hashable {
    /// OCP cluster id.
    public var clusterId: Int64?
    /// Cluster name.
    public var clusterName: String?
    /// Each tenant's windows.
    public var tenants: [TenantRecoverability]
    /// OCP's aggregate windows, for display only (they overstate lagging tenants).
    public var aggregate: [RecoverableWindow]
    /// The scope the windows are clamped to.
    public var scope: RecoverabilityScope

    /// Makes the object.
    public init(
        clusterId: Int64? = nil, clusterName: String? = nil, tenants: [TenantRecoverability], aggregate: [RecoverableWindow] = [],
        scope: RecoverabilityScope
    ) {
        self.clusterId = clusterId
        self.clusterName = clusterName
        self.tenants = tenants
        self.aggregate = aggregate
        self.scope = scope
    }

    /// The windows of a cluster's parsed backup data, clamped to `scope`.
    public init(_ info: ClusterBackupInfo, scope: RecoverabilityScope) {
        self.init(
            clusterId: info.clusterId, clusterName: info.clusterName,
            tenants: (info.tenantBackupInfos ?? []).map { TenantRecoverability($0, scope: scope) },
            aggregate: scope.windows(of: info.obRecoverableInfoAggregation?.items ?? []), scope: scope)
    }

    /// The tenant with this name.
    public func tenant(named name: String) -> TenantRecoverability? { tenants.first { $0.tenantName == name } }

    /// The tenant with this OCP id.
    public func tenant(id: Int64) -> TenantRecoverability? { tenants.first { $0.tenantId == id } }

    /// Whether the named tenant can be restored to `date` (`false` for a tenant not listed).
    public func isRecoverable(at date: Date, tenantNamed name: String) -> Bool { tenant(named: name)?.isRecoverable(at: date) ?? false }

    /// Whether every tenant can be restored to `date` (`false` without tenants).
    public func isClusterRecoverable(at date: Date) -> Bool {
        !tenants.isEmpty && tenants.allSatisfy { $0.isRecoverable(at: date) }
    }

    /// The spans every tenant can be restored to.
    public var commonWindows: [RecoverableWindow] {
        guard let first = tenants.first else { return [] }
        return tenants.dropFirst().reduce(first.windows) { RecoverableWindow.intersection($0, $1.windows) }
    }

    /// The tenants whose newest restorable time is older than `seconds` before the scope's end
    /// (tenants without a window included), most behind first.
    public func tenantsBehind(by seconds: TimeInterval) -> [TenantRecoverability] {
        let limit = scope.end.addingTimeInterval(-seconds)
        return tenants.filter { ($0.latestRecoverableTime ?? .distantPast) < limit }
            .sorted { ($0.latestRecoverableTime ?? .distantPast) < ($1.latestRecoverableTime ?? .distantPast) }
    }
}
