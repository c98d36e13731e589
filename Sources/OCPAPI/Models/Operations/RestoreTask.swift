/// A restore task row (`RestoreHistoryTask`). `id` is the restore record, not an OCP task
/// instance.
public struct RestoreTask: Codable, Hashable, Sendable {
    /// Restore record id.
    public var id: Int64?
    /// OCP job id (documented as > 0 for physical restores; samples show -1).
    public var ocpJobId: Int64?
    /// PHYSICAL_BACKUP or LOGICAL_BACKUP.
    public var backupMode: BackupMode?
    /// When it started.
    public var createTime: OCPTimestamp?
    /// When it finished.
    public var finishTime: OCPTimestamp?
    /// Source cluster, OCP id.
    public var backupClusterId: Int64?
    /// Source cluster name.
    public var backupClusterName: String?
    /// Source cluster, OceanBase id.
    public var backupObClusterId: Int64?
    /// Source tenant, OCP id.
    public var backupTenantId: Int64?
    /// Source tenant name.
    public var backupTenantName: String?
    /// Source tenant, OceanBase id.
    public var backupObTenantId: Int64?
    /// Target cluster, OCP id.
    public var restoreClusterId: Int64?
    /// Target cluster name.
    public var restoreClusterName: String?
    /// Target cluster, OceanBase id.
    public var restoreObClusterId: Int64?
    /// The new tenant's name.
    public var restoreTenantName: String?
    /// Resource pools, comma-separated.
    public var restorePoolListStr: String?
    /// Where it reads from; may be a comma-joined list.
    public var restoreUri: String?
    /// The point in time restored to.
    public var restoreEndTime: OCPTimestamp?
    /// The status, raw and classified.
    public var status: RestoreTaskStatus?
    /// A label such as `Completed` or `Failed`.
    public var statusDesc: String?
    /// Why it failed.
    public var errorMsg: String?
    /// Whether it finished (sample only; decides over `status` when present).
    public var finished: Bool?
    /// Whether it succeeded (sample only; decides over `status` when present).
    public var successful: Bool?
    /// `NORMAL` for a person's restore (4.3).
    public var triggerType: String?
    /// `TENANT` (4.3).
    public var restoreObjectType: String?
    /// Progress text; a checkpoint for a logical incremental restore.
    public var progress: String?

    /// Makes a row with the fields lists read.
    public init(id: Int64? = nil, restoreTenantName: String? = nil, status: RestoreTaskStatus? = nil, finished: Bool? = nil, successful: Bool? = nil)
    {
        self.id = id
        self.restoreTenantName = restoreTenantName
        self.status = status
        self.finished = finished
        self.successful = successful
    }

    /// The class: `finished` and `successful` decide when present, `status` otherwise.
    public var statusClass: StatusClass {
        switch (finished, successful) {
        case (false?, _): return .running
        case (true?, true?): return .succeeded
        case (true?, false?): return .failed
        default: return status?.statusClass ?? .unknown
        }
    }
}
