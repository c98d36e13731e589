/// The body of create (`POST`) and modify (`PATCH`) backup strategy (docs/ocp-api.md, Backup ability and strategy).
public struct BackupStrategyRequest: Codable, Hashable, Sendable {
    /// LOGICAL_BACKUP or PHYSICAL_BACKUP; must match the cluster's ability (BAK21008).
    public var backupMode: BackupMode?
    /// Schedule.
    public var obBackupScheduleConfig: BackupScheduleConfig?
    /// Alert thresholds.
    public var obBackupThresholdConfig: BackupThresholdConfig?
    /// Storage.
    public var obBackupServiceStorageConfig: StorageConfig?
    /// Secondary backup on (OB 2.2.77 and later); default false.
    public var secondaryBackupEnabled: Bool?
    /// Secondary backup settings.
    public var obSecondaryBackupConfig: SecondaryBackupConfig?
    /// Backup objects: in both official samples though not in the table; OCP ignores it.
    public var obBackupObjectList: [BackupObject]?

    /// Makes a request.
    public init(
        backupMode: BackupMode?, obBackupScheduleConfig: BackupScheduleConfig?, obBackupThresholdConfig: BackupThresholdConfig?,
        obBackupServiceStorageConfig: StorageConfig?, secondaryBackupEnabled: Bool? = nil,
        obSecondaryBackupConfig: SecondaryBackupConfig? = nil, obBackupObjectList: [BackupObject]? = nil
    ) {
        self.backupMode = backupMode
        self.obBackupScheduleConfig = obBackupScheduleConfig
        self.obBackupThresholdConfig = obBackupThresholdConfig
        self.obBackupServiceStorageConfig = obBackupServiceStorageConfig
        self.secondaryBackupEnabled = secondaryBackupEnabled
        self.obSecondaryBackupConfig = obSecondaryBackupConfig
        self.obBackupObjectList = obBackupObjectList
    }
}
