import ConsoleCore
import OCPAPI
import TestSupport

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
        StrategySample.readBack(configName: "nfs_main")
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
