/// What an online restore names: the source cluster and tenant by OCP id, the target cluster,
/// the point in time and the new tenant.
public struct OnlineRestoreParameters: Codable, Hashable, Sendable {
    /// Source cluster, OCP id.
    public var backupClusterId: Int64?
    /// Source tenant, OCP id.
    public var backupTenantId: Int64?
    /// Target cluster, OCP id.
    public var restoreClusterId: Int64?
    /// The point in time; it must lie inside a RECOVERABLE window of the source tenant.
    public var restoreEndTime: OCPTimestamp?
    /// The new tenant.
    public var restoreTenantInfoParam: RestoreTenantInfo?

    /// Makes the parameters.
    public init(
        backupClusterId: Int64?, backupTenantId: Int64?, restoreClusterId: Int64?, restoreEndTime: OCPTimestamp?,
        restoreTenantInfoParam: RestoreTenantInfo?
    ) {
        self.backupClusterId = backupClusterId
        self.backupTenantId = backupTenantId
        self.restoreClusterId = restoreClusterId
        self.restoreEndTime = restoreEndTime
        self.restoreTenantInfoParam = restoreTenantInfoParam
    }
}
