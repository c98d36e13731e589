import OCPAPI

/// Valid requests to mutate in tests.
enum StrategyFixtures {
    static func fileStorage(name: String = "nfs_main") -> StorageConfig {
        StorageConfig(
            configName: name, obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/obbackup/"),
            alarmStoragePercentageThreshold: 80)
    }

    static func ossStorage() -> StorageConfig {
        StorageConfig(
            configName: "oss_main",
            obBackupStorageBaseInfo: StorageBaseInfo(
                backupStorageType: .oss, storageUrl: "mybucket/backup",
                ossAccessKey: ObjectStorageKey(
                    endpoint: "oss-cn-hangzhou.aliyuncs.com", accessKeyId: "LTAIexample", accessKeySecret: Secret("s3cr3t-value"))),
            alarmStoragePercentageThreshold: nil)
    }

    static func physical(days: [String: DataBackupKind] = ["2": .full, "4": .incremental], mode: ScheduleMode = .week) -> BackupStrategyRequest {
        BackupStrategyRequest(
            backupMode: .physical,
            obBackupScheduleConfig: BackupScheduleConfig(
                backupScheduleMode: mode, backupScheduleTime: "02:00:00.000+08:00", dayAndDataBackupModelMap: days, startLogBackup: true),
            obBackupThresholdConfig: BackupThresholdConfig(
                dataBackupTimeoutMinutes: 120, noSuccessfulDataBackupAlarmDays: 2, logBackupDelaySeconds: 300),
            obBackupServiceStorageConfig: fileStorage())
    }
}
