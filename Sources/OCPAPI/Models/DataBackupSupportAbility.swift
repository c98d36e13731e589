/// Which data backups a cluster can do now (`obDataBackupSupportAbility`).
public struct DataBackupSupportAbility: Codable, Hashable, Sendable {
    /// Full backup is supported.
    public var fullBackupEnabled: Bool?
    /// Incremental backup is supported.
    public var incrementBackupEnabled: Bool?
    /// An incremental backup can run now (a full backup exists).
    public var canDoIncrementalBackup: Bool?
    /// OCP's explanation.
    public var hint: String?

    /// Makes the object.
    public init(fullBackupEnabled: Bool?, incrementBackupEnabled: Bool?, canDoIncrementalBackup: Bool?, hint: String?) {
        self.fullBackupEnabled = fullBackupEnabled
        self.incrementBackupEnabled = incrementBackupEnabled
        self.canDoIncrementalBackup = canDoIncrementalBackup
        self.hint = hint
    }
}
