extension BackupStrategy {
    /// This strategy as the request `wanted` is compared with (what a modify would change):
    /// ``asRequest`` with both storage configurations ``StorageConfig/comparable(with:)``, and
    /// the optional switches `wanted` leaves out dropped where they read back at OCP's default
    /// (cleanup and secondary backup off, the schedule on), since leaving them out means that.
    package func baseline(for wanted: BackupStrategyRequest) -> BackupStrategyRequest {
        var request = asRequest
        request.obBackupServiceStorageConfig = request.obBackupServiceStorageConfig?.comparable(with: wanted.obBackupServiceStorageConfig)
        if let secondary = request.obSecondaryBackupConfig?.storageConfig {
            request.obSecondaryBackupConfig?.storageConfig = secondary.comparable(with: wanted.obSecondaryBackupConfig?.storageConfig)
        }
        if wanted.secondaryBackupEnabled == nil, request.secondaryBackupEnabled == false { request.secondaryBackupEnabled = nil }
        let schedule = wanted.obBackupScheduleConfig
        if schedule?.cleanEnabled == nil, request.obBackupScheduleConfig?.cleanEnabled == false {
            request.obBackupScheduleConfig?.cleanEnabled = nil
        }
        if schedule?.backupScheduleEnabled == nil, request.obBackupScheduleConfig?.backupScheduleEnabled == true {
            request.obBackupScheduleConfig?.backupScheduleEnabled = nil
        }
        return request
    }
}
