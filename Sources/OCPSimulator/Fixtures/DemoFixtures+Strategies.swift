import Foundation
import OCPAPI

/// The strategies the demo fleet starts with (when no state file holds any yet), one per
/// scenario of `docs/simulator.md`.
extension DemoFixtures {
    /// Stored form (no protocols): a weekly FILE strategy on 交易核心集群 (healthy), a weekly OSS
    /// strategy with a secret on 风控_主库 (log backup interrupted), a logical strategy on
    /// analytics-31, a FILE strategy with a secondary backup on ops-maintenance (paused), and a
    /// daily full backup on the cluster with the hostile name (its last full backup failed).
    package static func strategies(utcOffsetSeconds: Int) -> [BackupStrategy] {
        let created = OCPTimestamp(date: ClusterBuilder.epoch.addingTimeInterval(40 * 86_400), offsetSeconds: utcOffsetSeconds)
        func thresholds(days: Int64) -> BackupThresholdConfig {
            BackupThresholdConfig(dataBackupTimeoutMinutes: 120, noSuccessfulDataBackupAlarmDays: days, logBackupDelaySeconds: 300)
        }
        func file(_ name: String, _ url: String, id: Int64, alarm: Int64 = 80) -> StorageConfig {
            StorageConfig(
                configName: name, obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: url),
                alarmStoragePercentageThreshold: alarm, storageId: id)
        }
        func weekly(_ time: String, _ days: [String: DataBackupKind], clean: Bool = false) -> BackupScheduleConfig {
            BackupScheduleConfig(
                backupScheduleMode: .week, backupScheduleEnabled: true, backupScheduleTime: time, dayAndDataBackupModelMap: days,
                startLogBackup: true, cleanEnabled: clean, backupDataRetentionDays: clean ? 7 : nil,
                cleanScheduleTime: clean ? "03:00:00.000+08:00" : nil)
        }
        let core = BackupStrategyRequest(
            backupMode: .physical,
            obBackupScheduleConfig: weekly("02:00:00.000+08:00", ["6": .full, "2": .incremental, "4": .incremental], clean: true),
            obBackupThresholdConfig: thresholds(days: 4), obBackupServiceStorageConfig: file("nfs_core", "/obbackup/core/", id: 2_000_001),
            secondaryBackupEnabled: false)
        let ossStorage = StorageConfig(
            configName: "oss_risk",
            obBackupStorageBaseInfo: StorageBaseInfo(
                backupStorageType: .oss, storageUrl: "risk-backup/primary",
                ossAccessKey: ObjectStorageKey(
                    endpoint: "oss-cn-hangzhou.aliyuncs.com", accessKeyId: "LTAIdemoRiskKey", accessKeySecret: Secret("demo-oss-secret-1"))),
            alarmStoragePercentageThreshold: 80, storageId: 2_000_002)
        let risk = BackupStrategyRequest(
            backupMode: .physical,
            obBackupScheduleConfig: weekly("01:30:00.000+08:00", ["7": .full, "2": .incremental, "4": .incremental]),
            obBackupThresholdConfig: thresholds(days: 4), obBackupServiceStorageConfig: ossStorage, secondaryBackupEnabled: false)
        let analytics = BackupStrategyRequest(
            backupMode: .logical, obBackupScheduleConfig: weekly("03:00:00.000+08:00", ["1": .full, "3": .full, "5": .full, "7": .full]),
            obBackupThresholdConfig: BackupThresholdConfig(
                dataBackupTimeoutMinutes: 180, noSuccessfulDataBackupAlarmDays: 3, libObLogExpireDays: 7, logBackupDelaySeconds: 600),
            obBackupServiceStorageConfig: file("nfs_analytics", "/obbackup/analytics/", id: 2_000_005), secondaryBackupEnabled: false)
        let ops = BackupStrategyRequest(
            backupMode: .physical, obBackupScheduleConfig: weekly("23:00:00.000+08:00", ["7": .full]),
            obBackupThresholdConfig: thresholds(days: 8), obBackupServiceStorageConfig: file("nfs_ops", "/obbackup/ops/", id: 2_000_003, alarm: 85),
            secondaryBackupEnabled: true,
            obSecondaryBackupConfig: SecondaryBackupConfig(
                scheduleConfig: SecondaryScheduleConfig(
                    dataBackupScheduleEnabled: true, logBackupScheduleEnabled: true, logSecondaryBackupPeriod: .onceADay),
                storageConfig: file("nfs_ops_copy", "/obbackup/ops_copy/", id: 2_000_004)))
        let everyDay = Dictionary(uniqueKeysWithValues: (1...7).map { (String($0), DataBackupKind.full) })
        let nightly = BackupStrategyRequest(
            backupMode: .physical, obBackupScheduleConfig: weekly("01:00:00.000+08:00", everyDay),
            obBackupThresholdConfig: thresholds(days: 2), obBackupServiceStorageConfig: file("nfs_nightly", "/obbackup/nightly/", id: 2_000_006),
            secondaryBackupEnabled: false)
        let plan: [(Int64, BackupStrategyRequest, Int64)] = [
            (1_000_001, core, 11), (1_000_003, risk, 12), (1_000_006, analytics, 14), (1_000_008, ops, 13), (1_000_011, nightly, 15),
        ]
        return plan.compactMap { clusterId, request, id in
            guard let seed = seeds.first(where: { $0.id == clusterId }) else { return nil }
            return SimulatorState.stored(request, id: id, seed: seed, created: created, updated: created)
        }
    }
}
