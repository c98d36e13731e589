import OCPAPI

/// How a strategy is stored, read back and compared.
///
/// Stored: storage URLs without protocol, secrets in clear, documented defaults filled in
/// (`backupScheduleEnabled` true, `cleanEnabled` false, `secondaryBackupEnabled` false).
/// Read back: storage URLs with their protocol (`file:///obbackup/`, `oss://bucket/path`) and
/// secrets as `******`, as OCP shows them. A modify may send the read-back form: a URL that is the
/// stored one with its protocol, and a `******` secret, both mean "keep what is stored".
package enum StrategyNormalizer {
    /// The protocol OCP shows for a storage type.
    package static func scheme(for type: StorageType?) -> String? {
        switch type {
        case .file?: "file://"
        case .oss?: "oss://"
        case .cos?: "cos://"
        default: nil
        }
    }

    /// `request` with the read-back forms resolved against `stored` and defaults filled in.
    package static func incoming(_ request: BackupStrategyRequest, stored: BackupStrategy?) -> BackupStrategyRequest {
        var result = request
        result.obBackupObjectList = nil
        result.secondaryBackupEnabled = request.secondaryBackupEnabled ?? false
        if var schedule = result.obBackupScheduleConfig {
            schedule.backupScheduleEnabled = schedule.backupScheduleEnabled ?? true
            schedule.cleanEnabled = schedule.cleanEnabled ?? false
            result.obBackupScheduleConfig = schedule
        }
        result.obBackupServiceStorageConfig = request.obBackupServiceStorageConfig.map {
            resolve($0, stored: stored?.obBackupServiceStorageConfig)
        }
        if var secondary = result.obSecondaryBackupConfig {
            secondary.storageConfig = secondary.storageConfig.map { resolve($0, stored: stored?.obSecondaryBackupConfig?.storageConfig) }
            result.obSecondaryBackupConfig = secondary
        }
        return result
    }

    private static func resolve(_ storage: StorageConfig, stored: StorageConfig?) -> StorageConfig {
        var result = storage
        guard var base = storage.obBackupStorageBaseInfo else { return result }
        let storedBase = stored?.obBackupStorageBaseInfo
        if let url = base.storageUrl, let scheme = scheme(for: base.backupStorageType), url.hasPrefix(scheme),
            String(url.dropFirst(scheme.count)) == storedBase?.storageUrl
        {
            base.storageUrl = storedBase?.storageUrl
        }
        base.ossAccessKey = base.ossAccessKey.map { keep($0, stored: storedBase?.ossAccessKey) }
        base.cosAccessKey = base.cosAccessKey.map { keep($0, stored: storedBase?.cosAccessKey) }
        result.obBackupStorageBaseInfo = base
        return result
    }

    private static func keep(_ key: ObjectStorageKey, stored: ObjectStorageKey?) -> ObjectStorageKey {
        guard key.accessKeySecret?.isMaskPlaceholder == true else { return key }
        var result = key
        result.accessKeySecret = stored?.accessKeySecret ?? Secret("")
        return result
    }

    /// The parts of a request that decide whether a modify changes anything.
    package static func comparable(_ request: BackupStrategyRequest) -> BackupStrategyRequest {
        var result = request
        result.obBackupObjectList = nil
        result.obBackupServiceStorageConfig = request.obBackupServiceStorageConfig.map(comparableStorage)
        if var secondary = result.obSecondaryBackupConfig {
            secondary.storageConfig = secondary.storageConfig.map(comparableStorage)
            result.obSecondaryBackupConfig = secondary
        }
        return result
    }

    private static func comparableStorage(_ storage: StorageConfig) -> StorageConfig {
        var result = storage
        result.storageId = nil
        result.serviceType = nil
        result.serviceId = nil
        result.serviceName = nil
        result.hostIdList = nil
        return result
    }

    /// `stored` as OCP shows it: URLs with protocol, secrets masked.
    package static func readBack(_ stored: BackupStrategy) -> BackupStrategy {
        var result = stored
        result.obBackupServiceStorageConfig = stored.obBackupServiceStorageConfig.map(shown)
        if var secondary = result.obSecondaryBackupConfig {
            secondary.storageConfig = secondary.storageConfig.map(shown)
            result.obSecondaryBackupConfig = secondary
        }
        return result
    }

    private static func shown(_ storage: StorageConfig) -> StorageConfig {
        var result = storage
        guard var base = storage.obBackupStorageBaseInfo else { return result }
        if let url = base.storageUrl, let scheme = scheme(for: base.backupStorageType), !url.contains("://") {
            base.storageUrl = scheme + url
        }
        base.ossAccessKey = base.ossAccessKey.map(masked)
        base.cosAccessKey = base.cosAccessKey.map(masked)
        result.obBackupStorageBaseInfo = base
        return result
    }

    private static func masked(_ key: ObjectStorageKey) -> ObjectStorageKey {
        var result = key
        if result.accessKeySecret != nil { result.accessKeySecret = Secret(Secret.mask) }
        return result
    }
}
