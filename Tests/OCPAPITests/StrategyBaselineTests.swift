import OCPAPI
import Testing

/// A strategy read back is compared with a request in the request's own form: storage URLs
/// without the protocol OCP shows, and OCP's own service fields left out where the request
/// leaves them out (docs/ocp-api.md, Backup ability and strategy).
@Suite struct StrategyBaselineTests {
    static func storage(_ type: StorageType, _ url: String) -> StorageConfig {
        StorageConfig(
            configName: "main", obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: type, storageUrl: url),
            alarmStoragePercentageThreshold: 80, storageId: 2_000_034, serviceType: .obCluster, serviceId: 7, serviceName: "alpha",
            hostIdList: [1, 2])
    }

    @Test(arguments: [
        (StorageType.file, "file:///obbackup/", "/obbackup/"), (.oss, "oss://bucket/backup", "bucket/backup"),
        (.cos, "cos://bucket-1250000000/x", "bucket-1250000000/x"), (.file, "/already/plain/", "/already/plain/"),
        (.oss, "file:///wrong/scheme", "file:///wrong/scheme"),
    ])
    func theReadBackProtocolOfTheStorageTypeIsRemoved(type: StorageType, shown: String, sent: String) {
        #expect(Self.storage(type, shown).withoutReadBackProtocol.obBackupStorageBaseInfo?.storageUrl == sent)
    }

    @Test func ocpsOwnFieldsAreLeftOutOnlyWhereTheRequestLeavesThemOut() {
        let read = Self.storage(.file, "file:///obbackup/")
        var wanted = Self.storage(.file, "/obbackup/")
        wanted.serviceType = nil
        wanted.serviceId = nil
        wanted.serviceName = nil
        wanted.hostIdList = nil
        #expect(read.comparable(with: wanted) == wanted)
        wanted.storageId = nil
        #expect(read.comparable(with: wanted) == wanted)
        let full = read.comparable(with: Self.storage(.file, "/obbackup/"))
        #expect(full == Self.storage(.file, "/obbackup/"))
        #expect(read.comparable(with: nil).serviceId == nil)
    }

    @Test func theBaselineCoversTheMainAndTheSecondaryStorage() {
        var strategy = BackupStrategy(id: 1, clusterId: 7, clusterName: "alpha", backupMode: .physical)
        strategy.obBackupServiceStorageConfig = Self.storage(.file, "file:///obbackup/")
        strategy.secondaryBackupEnabled = true
        strategy.obSecondaryBackupConfig = SecondaryBackupConfig(scheduleConfig: nil, storageConfig: Self.storage(.oss, "oss://bucket/second"))
        var wanted = strategy.asRequest
        wanted.obBackupServiceStorageConfig?.serviceId = nil
        wanted.obSecondaryBackupConfig?.storageConfig?.serviceName = nil
        let baseline = strategy.baseline(for: wanted)
        #expect(baseline.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.storageUrl == "/obbackup/")
        #expect(baseline.obBackupServiceStorageConfig?.serviceId == nil)
        #expect(baseline.obBackupServiceStorageConfig?.serviceName == "alpha")
        #expect(baseline.obSecondaryBackupConfig?.storageConfig?.obBackupStorageBaseInfo?.storageUrl == "bucket/second")
        #expect(baseline.obSecondaryBackupConfig?.storageConfig?.serviceName == nil)
        #expect(baseline.obSecondaryBackupConfig?.storageConfig?.serviceId == 7)
    }

    @Test func switchesLeftOutCountAsTheirDefaultOnlyWhenTheyReadBackAtIt() {
        var strategy = BackupStrategy(id: 1, clusterId: 7, clusterName: "alpha", backupMode: .physical)
        strategy.obBackupScheduleConfig = BackupScheduleConfig(
            backupScheduleMode: .week, backupScheduleEnabled: true, backupScheduleTime: "02:00:00.000+08:00",
            dayAndDataBackupModelMap: ["1": .full], startLogBackup: true, cleanEnabled: false)
        strategy.secondaryBackupEnabled = false
        var wanted = strategy.asRequest
        wanted.obBackupScheduleConfig?.cleanEnabled = nil
        wanted.obBackupScheduleConfig?.backupScheduleEnabled = nil
        wanted.secondaryBackupEnabled = nil
        #expect(strategy.baseline(for: wanted) == wanted)
        strategy.obBackupScheduleConfig?.cleanEnabled = true
        strategy.obBackupScheduleConfig?.backupScheduleEnabled = false
        strategy.secondaryBackupEnabled = true
        let baseline = strategy.baseline(for: wanted)
        #expect(baseline.obBackupScheduleConfig?.cleanEnabled == true, "cleanup on, then left out: a change")
        #expect(baseline.obBackupScheduleConfig?.backupScheduleEnabled == false)
        #expect(baseline.secondaryBackupEnabled == true)
        #expect(strategy.baseline(for: strategy.asRequest).obBackupScheduleConfig?.cleanEnabled == true)
    }
}
