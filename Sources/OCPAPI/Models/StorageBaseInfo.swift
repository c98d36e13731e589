/// Where a storage configuration writes (`obBackupStorageBaseInfo`).
public struct StorageBaseInfo: Codable, Hashable, Sendable {
    /// FILE, OSS or COS.
    public var backupStorageType: StorageType?
    /// Directory without protocol (`/obbackup/`, `bucket/backup`); read back it may carry one.
    public var storageUrl: String?
    /// OSS credentials (OSS only).
    public var ossAccessKey: ObjectStorageKey?
    /// COS credentials (COS only).
    public var cosAccessKey: ObjectStorageKey?

    /// Makes the object.
    public init(
        backupStorageType: StorageType?, storageUrl: String?, ossAccessKey: ObjectStorageKey? = nil,
        cosAccessKey: ObjectStorageKey? = nil
    ) {
        self.backupStorageType = backupStorageType
        self.storageUrl = storageUrl
        self.ossAccessKey = ossAccessKey
        self.cosAccessKey = cosAccessKey
    }
}
