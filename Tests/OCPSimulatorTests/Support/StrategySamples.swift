import OCPAPI
import TestSupport

/// Strategy requests used across tests.
enum StrategySamples {
    /// Cluster ids of the fixtures the tests use.
    static let core: Int64 = 1_000_001
    static let standby: Int64 = 1_000_002
    static let risk: Int64 = 1_000_003
    static let legacy: Int64 = 1_000_004
    static let billing: Int64 = 1_000_005
    static let stopped: Int64 = 1_000_007
    static let orders: Int64 = 1_000_009
    static let payments: Int64 = 1_000_010

    /// A valid weekly physical FILE strategy.
    static func physical(time: String = "02:00:00.000+08:00") -> BackupStrategyRequest {
        BackupStrategyRequest(
            backupMode: .physical,
            obBackupScheduleConfig: BackupScheduleConfig(
                backupScheduleMode: .week, backupScheduleTime: time, dayAndDataBackupModelMap: ["2": .full, "4": .full, "6": .incremental],
                startLogBackup: true),
            obBackupThresholdConfig: StrategySample.thresholds,
            obBackupServiceStorageConfig: StorageConfig(
                configName: "nfs0907_1452", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/obbackup/"),
                alarmStoragePercentageThreshold: 80),
            obBackupObjectList: [BackupObject(clusterId: 1, backupDimension: .cluster)])
    }

    /// A valid logical strategy (full backups only).
    static func logical() -> BackupStrategyRequest {
        var request = physical()
        request.backupMode = .logical
        request.obBackupScheduleConfig?.dayAndDataBackupModelMap = ["6": .full]
        return request
    }

    /// A valid OSS strategy with a secret.
    static func oss(secret: String = "oss-secret-value") -> BackupStrategyRequest {
        var request = physical()
        request.obBackupServiceStorageConfig = StorageConfig(
            configName: "oss_main",
            obBackupStorageBaseInfo: StorageBaseInfo(
                backupStorageType: .oss, storageUrl: "mybucket/backup",
                ossAccessKey: ObjectStorageKey(endpoint: "oss-cn-hangzhou.aliyuncs.com", accessKeyId: "LTAIkey", accessKeySecret: Secret(secret))),
            alarmStoragePercentageThreshold: 80)
        return request
    }
}
