import ConsoleCore
import OCPAPI

/// The clusters, abilities, strategies and answers the scenes use.
enum SceneData {
    /// A mixed list: CJK names, a name with control characters, standby, stopped and old clusters.
    static let clusters: [Cluster] = [
        Cluster(id: 1, name: "alpha", obVersion: "4.2.1.0"),
        Cluster(id: 2, name: "生产集群-华东", obVersion: "4.2.5.1"),
        Cluster(id: 3, name: "测试库", obVersion: "3.2.4.5", type: .standby),
        Cluster(id: 4, name: "evil\u{1B}[31mred\u{07}name", obVersion: "4.1.0.0"),
        Cluster(id: 5, name: "legacy-2x", obVersion: "2.2.77", status: .stopped),
        Cluster(id: 6, name: "beta-payments-reporting-cluster", obVersion: "4.3.0.1", status: .creating),
    ]

    /// Physical backup with incremental support.
    static let ability = BackupAbility(
        backupAbility: .physical, backupMode: .physical,
        obDataBackupSupportAbility: DataBackupSupportAbility(
            fullBackupEnabled: true, incrementBackupEnabled: true, canDoIncrementalBackup: false,
            hint: "Run a full backup before the first incremental one."))

    /// A weekly FILE strategy.
    static var strategy: BackupStrategy {
        var strategy = BackupStrategy(id: 21, clusterId: 1, clusterName: "alpha", backupMode: .physical)
        strategy.obBackupScheduleConfig = BackupScheduleConfig(
            backupScheduleMode: .week, backupScheduleEnabled: true, backupScheduleTime: "02:00:00.000+08:00",
            dayAndDataBackupModelMap: ["2": .full, "4": .full, "6": .incremental], startLogBackup: true, cleanEnabled: true,
            backupDataRetentionDays: 7, cleanScheduleTime: "03:00:00.000+08:00")
        strategy.obBackupServiceStorageConfig = StorageConfig(
            configName: "nfs_main", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "file:///obbackup/"),
            alarmStoragePercentageThreshold: 80, storageId: 2_000_034)
        strategy.obBackupThresholdConfig = BackupThresholdConfig(
            dataBackupTimeoutMinutes: 7, noSuccessfulDataBackupAlarmDays: 2, logBackupDelaySeconds: 300)
        strategy.secondaryBackupEnabled = false
        return strategy
    }

    /// OCP refusing with a trace id.
    static let serverError = ErrorInfo(
        kind: .ocp, code: "ERR_SERVICE_UNAVAILABLE", message: "OCP is busy, try again later.", traceId: "7f3a9c21e4b05d18",
        httpStatus: 503, nextStep: "Press r to try again.")

    /// A successful create.
    static let receipt = MutationReceipt(
        response: BackupCommonResponse(
            obBackupTaskType: .createStrategy,
            backupObjectOpsResultList: [
                BackupObjectOpsResult(
                    obBackupObjectList: [BackupObject(clusterId: 1, backupDimension: .cluster)], beSuccessful: true, taskIdList: [3_000_041])
            ]), traceId: "trace-ok-41")
}
