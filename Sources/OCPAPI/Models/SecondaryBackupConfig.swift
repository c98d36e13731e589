/// Secondary ("second") backup settings (`obSecondaryBackupConfig`).
public struct SecondaryBackupConfig: Codable, Hashable, Sendable {
    /// When copies run.
    public var scheduleConfig: SecondaryScheduleConfig?
    /// Where copies go.
    public var storageConfig: StorageConfig?

    /// Makes the object.
    public init(scheduleConfig: SecondaryScheduleConfig?, storageConfig: StorageConfig?) {
        self.scheduleConfig = scheduleConfig
        self.storageConfig = storageConfig
    }
}
