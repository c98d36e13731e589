/// One item of parsed backup data: a data backup marker, archive coverage, or a recoverable
/// window.
public struct RecoverableSectionItem: Codable, Hashable, Sendable {
    /// FULL_DATA_BACKUP, INCREMENTAL_DATA_BACKUP, LOG_BACKUP or RECOVERABLE.
    public var obRecoverableSectionItemType: RecoverableItemType?
    /// PHYSICAL_BACKUP or LOGICAL_BACKUP.
    public var backupMode: BackupMode?
    /// CLUSTER or TENANT (4.3 tenant answers say CLUSTER; ignore it).
    public var backupDimension: BackupDimension?
    /// Data items: the backup's marker.
    public var dataBackupRecoverableInfo: DataBackupRecoverableInfo?
    /// LOG_BACKUP items; also what the 4.2 table names the RECOVERABLE interval.
    public var logRecoverableTimeInterval: RecoverableTimeInterval?
    /// RECOVERABLE items, as the samples name the interval.
    public var realRecoverableTimeInterval: RecoverableTimeInterval?

    /// Makes an item.
    public init(
        type: RecoverableItemType?, backupMode: BackupMode? = nil, dataBackupRecoverableInfo: DataBackupRecoverableInfo? = nil,
        logRecoverableTimeInterval: RecoverableTimeInterval? = nil, realRecoverableTimeInterval: RecoverableTimeInterval? = nil
    ) {
        obRecoverableSectionItemType = type
        self.backupMode = backupMode
        self.dataBackupRecoverableInfo = dataBackupRecoverableInfo
        self.logRecoverableTimeInterval = logRecoverableTimeInterval
        self.realRecoverableTimeInterval = realRecoverableTimeInterval
    }

    /// The restorable interval of a RECOVERABLE item, whichever name it came under; `nil` for
    /// every other kind.
    public var recoverableInterval: RecoverableTimeInterval? {
        guard obRecoverableSectionItemType == .recoverable else { return nil }
        return realRecoverableTimeInterval ?? logRecoverableTimeInterval
    }
}
