/// What create, modify and delete strategy return (`BackupCommonResponse`; docs/ocp-api.md, Backup ability and strategy).
public struct BackupCommonResponse: Codable, Hashable, Sendable {
    /// The operation.
    public var obBackupTaskType: BackupTaskType?
    /// One result per backup object.
    public var backupObjectOpsResultList: [BackupObjectOpsResult]?

    /// Makes a response.
    public init(obBackupTaskType: BackupTaskType?, backupObjectOpsResultList: [BackupObjectOpsResult]?) {
        self.obBackupTaskType = obBackupTaskType
        self.backupObjectOpsResultList = backupObjectOpsResultList
    }

    /// Every task id across the results.
    public var allTaskIds: [Int64] { (backupObjectOpsResultList ?? []).flatMap { $0.taskIdList ?? [] } }
}
