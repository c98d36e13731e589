import Foundation
import OCPAPI

/// The strategies the demo fleet starts with (when no state file holds any yet).
extension DemoFixtures {
    /// A weekly FILE strategy on 交易核心集群, an OSS strategy with a secret on 风控_主库, and a
    /// FILE strategy with a secondary backup on ops-maintenance; stored form (no protocols).
    package static func strategies(utcOffsetSeconds: Int) -> [BackupStrategy] {
        let created = OCPTimestamp(date: ClusterBuilder.epoch.addingTimeInterval(40 * 86_400), offsetSeconds: utcOffsetSeconds)
        let thresholds = BackupThresholdConfig(dataBackupTimeoutMinutes: 120, noSuccessfulDataBackupAlarmDays: 2, logBackupDelaySeconds: 300)
        let fileStorage = StorageConfig(
            configName: "nfs_core", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/obbackup/core/"),
            alarmStoragePercentageThreshold: 80, storageId: 2_000_001)
        let core = BackupStrategyRequest(
            backupMode: .physical,
            obBackupScheduleConfig: BackupScheduleConfig(
                backupScheduleMode: .week, backupScheduleEnabled: true, backupScheduleTime: "02:00:00.000+08:00",
                dayAndDataBackupModelMap: ["6": .full, "2": .incremental, "4": .incremental], startLogBackup: true, cleanEnabled: true,
                backupDataRetentionDays: 7, cleanScheduleTime: "03:00:00.000+08:00"),
            obBackupThresholdConfig: thresholds, obBackupServiceStorageConfig: fileStorage, secondaryBackupEnabled: false)
        let ossStorage = StorageConfig(
            configName: "oss_risk",
            obBackupStorageBaseInfo: StorageBaseInfo(
                backupStorageType: .oss, storageUrl: "risk-backup/primary",
                ossAccessKey: ObjectStorageKey(
                    endpoint: "oss-cn-hangzhou.aliyuncs.com", accessKeyId: "LTAIdemoRiskKey", accessKeySecret: Secret("demo-oss-secret-1"))),
            alarmStoragePercentageThreshold: 80, storageId: 2_000_002)
        let risk = BackupStrategyRequest(
            backupMode: .physical,
            obBackupScheduleConfig: BackupScheduleConfig(
                backupScheduleMode: .month, backupScheduleEnabled: true, backupScheduleTime: "01:30:00.000+08:00",
                dayAndDataBackupModelMap: ["1": .full, "15": .full, "8": .incremental, "22": .incremental], startLogBackup: true,
                cleanEnabled: false),
            obBackupThresholdConfig: thresholds, obBackupServiceStorageConfig: ossStorage, secondaryBackupEnabled: false)
        let opsStorage = StorageConfig(
            configName: "nfs_ops", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/obbackup/ops/"),
            alarmStoragePercentageThreshold: 85, storageId: 2_000_003)
        let opsSecondary = StorageConfig(
            configName: "nfs_ops_copy", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/obbackup/ops_copy/"),
            alarmStoragePercentageThreshold: 80, storageId: 2_000_004)
        let ops = BackupStrategyRequest(
            backupMode: .physical,
            obBackupScheduleConfig: BackupScheduleConfig(
                backupScheduleMode: .week, backupScheduleEnabled: true, backupScheduleTime: "23:00:00.000+08:00",
                dayAndDataBackupModelMap: ["7": .full], startLogBackup: true, cleanEnabled: false),
            obBackupThresholdConfig: thresholds, obBackupServiceStorageConfig: opsStorage, secondaryBackupEnabled: true,
            obSecondaryBackupConfig: SecondaryBackupConfig(
                scheduleConfig: SecondaryScheduleConfig(
                    dataBackupScheduleEnabled: true, logBackupScheduleEnabled: true, logSecondaryBackupPeriod: .onceADay),
                storageConfig: opsSecondary))
        return [(1_000_001, core, Int64(11)), (1_000_003, risk, 12), (1_000_008, ops, 13)].compactMap { clusterId, request, id in
            guard let seed = seeds.first(where: { $0.id == clusterId }) else { return nil }
            return SimulatorState.stored(request, id: id, seed: seed, created: created, updated: created)
        }
    }
}
