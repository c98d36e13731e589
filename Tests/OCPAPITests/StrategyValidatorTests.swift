import OCPAPI
import Testing

/// Every documented rule, with the OCP code it answers.
struct StrategyValidatorTests {
    func codes(_ request: BackupStrategyRequest, context: StrategyContext? = nil) -> [String: String] {
        Dictionary(StrategyValidator.errors(request, context: context).map { ($0.field, $0.code) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func aValidRequestHasNoIssues() {
        #expect(StrategyValidator.validate(StrategyFixtures.physical()).isEmpty)
    }

    @Test func timeFormatIsBAK21007() {
        var request = StrategyFixtures.physical()
        request.obBackupScheduleConfig?.backupScheduleTime = "2:00"
        request.obBackupScheduleConfig?.cleanEnabled = true
        request.obBackupScheduleConfig?.backupDataRetentionDays = 7
        request.obBackupScheduleConfig?.cleanScheduleTime = "03:00:00+08:00"
        let found = codes(request)
        #expect(found["obBackupScheduleConfig.backupScheduleTime"] == "BAK21007")
        #expect(found["obBackupScheduleConfig.cleanScheduleTime"] == "BAK21007")
    }

    @Test func dayKeysFollowTheCycle() {
        #expect(codes(StrategyFixtures.physical(days: ["8": .full]))["obBackupScheduleConfig.dayAndDataBackupModelMap.8"] == "BAK10002")
        #expect(codes(StrategyFixtures.physical(days: ["0": .full]))["obBackupScheduleConfig.dayAndDataBackupModelMap.0"] == "BAK10002")
        #expect(codes(StrategyFixtures.physical(days: ["31": .full], mode: .month)).isEmpty)
        #expect(codes(StrategyFixtures.physical(days: ["32": .full], mode: .month)).count == 1)
        #expect(codes(StrategyFixtures.physical(days: ["01": .full])).count == 1)
        #expect(codes(StrategyFixtures.physical(days: [:]))["obBackupScheduleConfig.dayAndDataBackupModelMap"] == "BAK10002")
    }

    @Test func aMonthUsesAtMostTenDays() {
        let ten = Dictionary(uniqueKeysWithValues: (1...10).map { (String($0), DataBackupKind.full) })
        let eleven = Dictionary(uniqueKeysWithValues: (1...11).map { (String($0), DataBackupKind.full) })
        #expect(codes(StrategyFixtures.physical(days: ten, mode: .month)).isEmpty)
        #expect(codes(StrategyFixtures.physical(days: eleven, mode: .month))["obBackupScheduleConfig.dayAndDataBackupModelMap"] == "BAK10002")
    }

    @Test func logicalBackupIsFullOnly() {
        var request = StrategyFixtures.physical()
        request.backupMode = .logical
        #expect(codes(request)["obBackupScheduleConfig.dayAndDataBackupModelMap.4"] == "BAK10002")
    }

    @Test func physicalBackupNeedsLogBackup() {
        var request = StrategyFixtures.physical()
        request.obBackupScheduleConfig?.startLogBackup = false
        #expect(codes(request)["obBackupScheduleConfig.startLogBackup"] == "BAK10002")
    }

    @Test func modeMustMatchTheAbilityBAK21008() {
        let context = StrategyContext(
            obVersion: OBVersion(2, 2, 50), clusterType: .primary, clusterStatus: .running,
            ability: BackupAbility(backupAbility: .logical, backupMode: .logical))
        #expect(codes(StrategyFixtures.physical(), context: context)["backupMode"] == "BAK21008")
    }

    @Test func storageURLHasNoProtocolAndConfigNameIsBAK10004() {
        var request = StrategyFixtures.physical()
        request.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.storageUrl = "file:///obbackup/"
        request.obBackupServiceStorageConfig?.configName = "1bad"
        let found = codes(request)
        #expect(found["obBackupServiceStorageConfig.obBackupStorageBaseInfo.storageUrl"] == "BAK10002")
        #expect(found["obBackupServiceStorageConfig.configName"] == "BAK10004")
        #expect(StorageConfigName.isValid("ab"))
        #expect(!StorageConfigName.isValid("a"))
        #expect(!StorageConfigName.isValid(String(repeating: "a", count: 33)))
        #expect(!StorageConfigName.isValid("a-b"))
    }

    @Test func objectStorageKeysAreBAK29019To29021() {
        var request = StrategyFixtures.physical()
        var storage = StrategyFixtures.ossStorage()
        storage.obBackupStorageBaseInfo?.ossAccessKey = ObjectStorageKey(endpoint: "", accessKeyId: nil, accessKeySecret: Secret(""))
        request.obBackupServiceStorageConfig = storage
        let found = codes(request)
        #expect(found["obBackupServiceStorageConfig.obBackupStorageBaseInfo.ossAccessKey.endpoint"] == "BAK29019")
        #expect(found["obBackupServiceStorageConfig.obBackupStorageBaseInfo.ossAccessKey.accessKeyId"] == "BAK29020")
        #expect(found["obBackupServiceStorageConfig.obBackupStorageBaseInfo.ossAccessKey.accessKeySecret"] == "BAK29021")
    }

    @Test func cleanupIsNotForObjectStorage() {
        var request = StrategyFixtures.physical()
        request.obBackupServiceStorageConfig = StrategyFixtures.ossStorage()
        request.obBackupScheduleConfig?.cleanEnabled = true
        request.obBackupScheduleConfig?.backupDataRetentionDays = 7
        #expect(codes(request)["obBackupScheduleConfig.cleanEnabled"] == "BAK10002")
    }

    @Test func secondaryBackupNeeds2277() {
        var request = StrategyFixtures.physical()
        request.secondaryBackupEnabled = true
        request.obSecondaryBackupConfig = SecondaryBackupConfig(
            scheduleConfig: SecondaryScheduleConfig(
                dataBackupScheduleEnabled: true, logBackupScheduleEnabled: true, logSecondaryBackupPeriod: .onceADay),
            storageConfig: StrategyFixtures.fileStorage(name: "nfs_second"))
        let old = StrategyContext(obVersion: OBVersion(2, 2, 76), clusterType: .primary, clusterStatus: .running, ability: nil)
        #expect(codes(request, context: old)["secondaryBackupEnabled"] == "BAK10002")
        let new = StrategyContext(obVersion: OBVersion(2, 2, 77), clusterType: .primary, clusterStatus: .running, ability: nil)
        #expect(codes(request, context: new).isEmpty)
    }

    @Test func onlyARunningPrimaryCanHaveAStrategy() {
        let standby = StrategyContext(obVersion: OBVersion(3, 1), clusterType: .standby, clusterStatus: .running, ability: nil)
        #expect(codes(StrategyFixtures.physical(), context: standby)["cluster"] == "BAK40002")
        let stopped = StrategyContext(obVersion: OBVersion(3, 1), clusterType: .primary, clusterStatus: .stopped, ability: nil)
        #expect(codes(StrategyFixtures.physical(), context: stopped)["cluster"] == "BAK10002")
        let maintenance = StrategyContext(obVersion: OBVersion(3, 1), clusterType: .primary, clusterStatus: .operating, ability: nil)
        #expect(maintenance.strategyBlocker == nil)
    }

    @Test func incrementalWithoutAnyFullIsAWarning() {
        let context = StrategyContext(
            obVersion: OBVersion(4, 2), clusterType: .primary, clusterStatus: .running,
            ability: BackupAbility(
                backupAbility: .physical, backupMode: .physical,
                obDataBackupSupportAbility: DataBackupSupportAbility(
                    fullBackupEnabled: true, incrementBackupEnabled: true, canDoIncrementalBackup: false, hint: nil)))
        let issues = StrategyValidator.validate(StrategyFixtures.physical(days: ["3": .incremental]), context: context)
        #expect(issues.map(\.severity) == [.warning])
    }

    @Test func thresholdsAreRangeChecked() {
        var request = StrategyFixtures.physical()
        request.obBackupThresholdConfig?.dataBackupTimeoutMinutes = 0
        request.obBackupThresholdConfig?.libObLogExpireDays = 7
        let found = codes(request)
        #expect(found["obBackupThresholdConfig.dataBackupTimeoutMinutes"] == "BAK10002")
        #expect(found["obBackupThresholdConfig.libObLogExpireDays"] == "BAK10002")
    }
}
