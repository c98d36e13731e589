/// The body of back up now: the mode, full or incremental, and the storage to write to.
public struct BackupNowRequest: Codable, Hashable, Sendable {
    /// LOGICAL_BACKUP or PHYSICAL_BACKUP (the cluster sample leaves it out; always send it).
    public var backupMode: BackupMode?
    /// FULL_BACKUP or INCREMENTAL_BACKUP.
    public var dataBackupMode: DataBackupKind?
    /// Where to write: the strategy's storage, sent back unchanged with its `storageId`.
    public var obBackupServiceStorageConfig: StorageConfig?
    /// The object; OCP fills it in when absent.
    public var obBackupObject: BackupObject?

    /// Makes a body.
    public init(
        backupMode: BackupMode?, dataBackupMode: DataBackupKind?, obBackupServiceStorageConfig: StorageConfig?,
        obBackupObject: BackupObject? = nil
    ) {
        self.backupMode = backupMode
        self.dataBackupMode = dataBackupMode
        self.obBackupServiceStorageConfig = obBackupServiceStorageConfig
        self.obBackupObject = obBackupObject
    }

    /// The body OCP's console sends for a cluster with a strategy: the strategy's mode and its
    /// storage as read back (`storageId` included, masked secrets meaning "keep").
    public init(strategy: BackupStrategy, kind: DataBackupKind) {
        self.init(
            backupMode: strategy.backupMode, dataBackupMode: kind, obBackupServiceStorageConfig: strategy.obBackupServiceStorageConfig,
            obBackupObject: strategy.clusterId.map { BackupObject(clusterId: $0, backupDimension: .cluster) })
    }
}
