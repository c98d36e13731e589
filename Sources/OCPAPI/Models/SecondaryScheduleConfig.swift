/// When secondary backups run (`obSecondaryBackupConfig.scheduleConfig`).
public struct SecondaryScheduleConfig: Codable, Hashable, Sendable {
    /// Copy each data backup to the secondary storage.
    public var dataBackupScheduleEnabled: Bool?
    /// Copy log backups (the web console keeps this on).
    public var logBackupScheduleEnabled: Bool?
    /// How often log backups are copied: `ONCE_A_DAY` is the only documented value.
    public var logSecondaryBackupPeriod: SecondaryLogBackupPeriod?

    /// Makes the object.
    public init(dataBackupScheduleEnabled: Bool?, logBackupScheduleEnabled: Bool?, logSecondaryBackupPeriod: SecondaryLogBackupPeriod?) {
        self.dataBackupScheduleEnabled = dataBackupScheduleEnabled
        self.logBackupScheduleEnabled = logBackupScheduleEnabled
        self.logSecondaryBackupPeriod = logSecondaryBackupPeriod
    }
}
