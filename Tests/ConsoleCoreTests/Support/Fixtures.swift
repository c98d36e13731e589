import Foundation
import OCPAPI
import TestSupport

@testable import ConsoleCore

/// Fixed facts of the test world.
enum Fixtures {
    /// 2026-11-20T12:00:00Z, a Friday; 20:00 in UTC+08:00.
    static let now = Date(timeIntervalSince1970: 1_795_176_000)
    /// UTC+08:00.
    static let localOffset = 8 * 3600

    static func cluster(
        _ id: Int64, _ name: String, version: String = "4.2.1.0", status: ClusterStatus = .running, type: ClusterType = .primary
    ) -> Cluster {
        Cluster(id: id, name: name, obVersion: version, type: type, status: status)
    }

    static func ability(
        _ kind: BackupAbilityKind = .physical, mode: BackupMode = .physical, incremental: Bool = true, canDoIncremental: Bool = false
    ) -> BackupAbility {
        BackupAbility(
            backupAbility: kind, backupMode: mode,
            obDataBackupSupportAbility: DataBackupSupportAbility(
                fullBackupEnabled: true, incrementBackupEnabled: incremental, canDoIncrementalBackup: canDoIncremental,
                hint: "During a physical backup, you must perform a full backup before you can perform an incremental backup."))
    }

    static func receipt(_ type: BackupTaskType, tasks: [Int64], clusterId: Int64 = 1) -> MutationReceipt {
        MutationReceipt(
            response: BackupCommonResponse(
                obBackupTaskType: type,
                backupObjectOpsResultList: [
                    BackupObjectOpsResult(
                        obBackupObjectList: [BackupObject(clusterId: clusterId, backupDimension: .cluster)], beSuccessful: true,
                        taskIdList: tasks)
                ]), traceId: "trace-ok")
    }

    /// OCP's documented strategy sample (FILE storage, storageId 2000034).
    static func strategy(clusterId: Int64 = 1) -> BackupStrategy {
        StrategySample.readBack(clusterId: clusterId)
    }

    /// An OSS strategy whose secret reads back masked.
    static func ossStrategy(clusterId: Int64 = 1) -> BackupStrategy {
        var strategy = self.strategy(clusterId: clusterId)
        strategy.obBackupScheduleConfig?.cleanEnabled = false
        strategy.obBackupScheduleConfig?.backupDataRetentionDays = nil
        strategy.obBackupScheduleConfig?.cleanScheduleTime = nil
        strategy.obBackupServiceStorageConfig = StorageConfig(
            configName: "oss_main",
            obBackupStorageBaseInfo: StorageBaseInfo(
                backupStorageType: .oss, storageUrl: "oss://bucket/backup",
                ossAccessKey: ObjectStorageKey(endpoint: "oss-cn-hangzhou.aliyuncs.com", accessKeyId: "AKID", accessKeySecret: Secret("******"))),
            alarmStoragePercentageThreshold: nil, storageId: 2_000_035)
        return strategy
    }
}
