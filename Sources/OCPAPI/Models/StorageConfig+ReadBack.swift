extension StorageConfig {
    /// As a request carries it: OCP shows `storageUrl` with the protocol of its storage type
    /// (`file:///obbackup/`) but takes it without (`/obbackup/`), so that protocol is removed.
    package var withoutReadBackProtocol: StorageConfig {
        guard let scheme = obBackupStorageBaseInfo?.backupStorageType?.scheme,
            let url = obBackupStorageBaseInfo?.storageUrl, url.hasPrefix(scheme + "://")
        else { return self }
        var storage = self
        storage.obBackupStorageBaseInfo?.storageUrl = String(url.dropFirst(scheme.count + 3))
        return storage
    }

    /// This configuration as read back, in the form a request `wanted` is compared with: without
    /// the read-back protocol, and without the fields OCP fills in itself (the storage id it
    /// assigned, service type, id and name, hosts) wherever `wanted` leaves them out; OCP's own
    /// modify samples leave out all but the storage id.
    package func comparable(with wanted: StorageConfig?) -> StorageConfig {
        var storage = withoutReadBackProtocol
        if wanted?.storageId == nil { storage.storageId = nil }
        if wanted?.serviceType == nil { storage.serviceType = nil }
        if wanted?.serviceId == nil { storage.serviceId = nil }
        if wanted?.serviceName == nil { storage.serviceName = nil }
        if wanted?.hostIdList == nil { storage.hostIdList = nil }
        return storage
    }
}
