import OCPAPI

/// OCP's documented strategy, as the tests of every target use it: weekly, full backups on
/// Tuesday and Thursday and an incremental one on Saturday at 02:00 (+08:00), FILE storage at
/// `/obbackup/`, a 7-minute timeout, an alarm after 2 days, a 300 s log delay.
public enum StrategySample {
    /// The thresholds of the sample.
    public static let thresholds = BackupThresholdConfig(dataBackupTimeoutMinutes: 7, noSuccessfulDataBackupAlarmDays: 2, logBackupDelaySeconds: 300)

    /// The sample as OCP reads it back (storage id 2000034, the URL with its protocol, cleanup
    /// on keeping 7 days at 03:00), for cluster `clusterId` with storage `configName`.
    public static func readBack(clusterId: Int64 = 1, configName: String = "nfs0907_1452") -> BackupStrategy {
        var strategy = BackupStrategy(id: 21, clusterId: clusterId, clusterName: "alpha", backupMode: .physical)
        strategy.obBackupScheduleConfig = BackupScheduleConfig(
            backupScheduleMode: .week, backupScheduleEnabled: true, backupScheduleTime: "02:00:00.000+08:00",
            dayAndDataBackupModelMap: ["2": .full, "4": .full, "6": .incremental], startLogBackup: true, cleanEnabled: true,
            backupDataRetentionDays: 7, cleanScheduleTime: "03:00:00.000+08:00")
        strategy.obBackupServiceStorageConfig = StorageConfig(
            configName: configName, obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "file:///obbackup/"),
            alarmStoragePercentageThreshold: 80, storageId: 2_000_034)
        strategy.obBackupThresholdConfig = thresholds
        strategy.secondaryBackupEnabled = false
        return strategy
    }
}
