/// A backup storage configuration (`obBackupServiceStorageConfig`).
///
/// `alarmStoragePercentageThreshold` sits here, as every official sample puts it, not inside
/// `obBackupStorageBaseInfo` as the documentation's table suggests (docs/ocp-api.md).
public struct StorageConfig: Codable, Hashable, Sendable {
    /// Configuration name: a letter, then 2–32 letters, digits or underscores (BAK10004).
    public var configName: String?
    /// Where to write.
    public var obBackupStorageBaseInfo: StorageBaseInfo?
    /// Alert when storage use passes this percentage.
    public var alarmStoragePercentageThreshold: Int64?
    /// Id of an existing storage configuration (kept on modify).
    public var storageId: Int64?
    /// The owning service type.
    public var serviceType: StorageServiceType?
    /// The owning service id.
    public var serviceId: Int64?
    /// The owning service name.
    public var serviceName: String?
    /// Hosts that parse backups for global restore.
    public var hostIdList: [Int64]?

    /// Makes a storage configuration.
    public init(
        configName: String?, obBackupStorageBaseInfo: StorageBaseInfo?, alarmStoragePercentageThreshold: Int64?,
        storageId: Int64? = nil, serviceType: StorageServiceType? = nil, serviceId: Int64? = nil,
        serviceName: String? = nil, hostIdList: [Int64]? = nil
    ) {
        self.configName = configName
        self.obBackupStorageBaseInfo = obBackupStorageBaseInfo
        self.alarmStoragePercentageThreshold = alarmStoragePercentageThreshold
        self.storageId = storageId
        self.serviceType = serviceType
        self.serviceId = serviceId
        self.serviceName = serviceName
        self.hostIdList = hostIdList
    }
}
