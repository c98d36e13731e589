import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct RequestMappingTests {
    @Test func theDefaultCreateBodyIsOCPsWithTheAlarmItsScheduleImplies() throws {
        var wizard = WizardHarness.newWizard()
        wizard.form.storage.configName = "nfs_main"
        wizard.form.storage.url = " /obbackup/ "
        let request = wizard.form.request(options: wizard.options)
        #expect(StrategyValidator.validate(request, context: wizard.options.context).isEmpty)
        let body = try OCPClient.createStrategyRequest(clusterId: 1, body: request).maskedBody(pretty: false)
        #expect(
            body
                == "{\"backupMode\":\"PHYSICAL_BACKUP\",\"obBackupScheduleConfig\":{\"backupScheduleEnabled\":true,\"backupScheduleMode\":\"WEEK\","
                + "\"backupScheduleTime\":\"02:00:00.000+08:00\",\"cleanEnabled\":false,\"dayAndDataBackupModelMap\":{\"6\":\"FULL_BACKUP\"},"
                + "\"startLogBackup\":true},\"obBackupServiceStorageConfig\":{\"alarmStoragePercentageThreshold\":80,\"configName\":\"nfs_main\","
                + "\"obBackupStorageBaseInfo\":{\"backupStorageType\":\"BACKUP_STORAGE_FILE\",\"storageUrl\":\"/obbackup/\"}},"
                + "\"obBackupThresholdConfig\":{\"dataBackupTimeoutMinutes\":120,\"logBackupDelaySeconds\":300,"
                + "\"noSuccessfulDataBackupAlarmDays\":8},\"secondaryBackupEnabled\":false}", "the alarm a week between full backups implies")
    }

    @Test func cleanupOnSendsRetentionAndTimeInTheScheduleOffset() {
        var wizard = WizardHarness.newWizard()
        wizard.form.cleanEnabled = true
        wizard.form.offsetText = "-05:00"
        wizard.form.cleanTimeText = "4:30"
        let schedule = wizard.form.request(options: wizard.options).obBackupScheduleConfig
        #expect(schedule?.cleanEnabled == true)
        #expect(schedule?.backupDataRetentionDays == 7)
        #expect(schedule?.cleanScheduleTime == "04:30:00.000-05:00")
        #expect(schedule?.backupScheduleTime == "02:00:00.000-05:00")
    }

    @Test func secondaryBackupSendsOnceADayAndItsStorageIsChecked() {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .secondary, in: &state)
        WizardHarness.apply([.toggle], to: &state)
        #expect(state.wizard?.fields(of: .secondary).count == 6)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(state.wizard?.step == .secondary)
        #expect(state.wizard?.fieldErrors[.secondaryStorage(.url)] == "The storage directory is empty.")
        WizardHarness.focus(.secondaryStorage(.configName), in: &state)
        WizardHarness.apply(WizardHarness.type("copy_1") + [.nextField] + WizardHarness.type("/copies/") + [.nextStep], to: &state)
        #expect(state.wizard?.step == .review)
        let request = state.wizard!.form.request(options: state.wizard!.options)
        #expect(request.secondaryBackupEnabled == true)
        #expect(
            request.obSecondaryBackupConfig?.scheduleConfig
                == SecondaryScheduleConfig(dataBackupScheduleEnabled: true, logBackupScheduleEnabled: true, logSecondaryBackupPeriod: .onceADay))
        #expect(request.obSecondaryBackupConfig?.storageConfig?.configName == "copy_1")
    }

    @Test func secondaryIsNotSentWhereTheVersionRulesItOut() {
        var wizard = WizardHarness.newWizard(cluster: Fixtures.cluster(1, "old", version: "2.2.70"))
        wizard.form.secondaryEnabled = true
        let request = wizard.form.request(options: wizard.options)
        #expect(request.secondaryBackupEnabled == nil)
        #expect(request.obSecondaryBackupConfig == nil)
    }

    @Test func issuePathsAndOCPErrorsMapToFields() {
        #expect(IssueFieldMap.field(for: "obBackupScheduleConfig.dayAndDataBackupModelMap.9") == .scheduleGrid)
        #expect(
            IssueFieldMap.field(for: "obSecondaryBackupConfig.storageConfig.obBackupStorageBaseInfo.cosAccessKey.appId") == .secondaryStorage(.appId))
        #expect(
            IssueFieldMap.field(for: "obBackupServiceStorageConfig.obBackupStorageBaseInfo.ossAccessKey.accessKeySecret")
                == .storage(.accessKeySecret))
        #expect(IssueFieldMap.field(for: "obBackupThresholdConfig.libObLogExpireDays") == .libObLogDays)
        #expect(IssueFieldMap.field(for: "cluster") == .backupMode)
        let withDetails = ErrorInfo(
            OCPAPIError(
                kind: .ocp, httpStatus: 400, code: "COM10001", message: "Invalid",
                subErrors: [OCPSubError(object: "backupStrategyRequest", field: "storageUrl", message: "bad")]))
        #expect(withDetails.fields == ["backupStrategyRequest.storageUrl"])
        #expect(IssueFieldMap.field(for: withDetails) == .storage(.url))
        #expect(IssueFieldMap.field(for: ErrorInfo(kind: .ocp, code: "BAK21007", message: "time")) == .scheduleTime)
        #expect(IssueFieldMap.field(for: ErrorInfo(kind: .ocp, code: "BAK21016", message: "unchanged")) == nil)
    }

    @Test func clockTextsAreReadStrictly() {
        #expect(ClockText.parseTime("7:05")! == (7, 5))
        #expect(ClockText.parseTime("24:00") == nil)
        #expect(ClockText.parseTime("12:5") == nil)
        #expect(ClockText.parseTime("１２:00") == nil)
        #expect(ClockText.parseOffset("UTC+05:30") == 19_800)
        #expect(ClockText.parseOffset("-03:00") == -10_800)
        #expect(ClockText.parseOffset("Z") == 0)
        #expect(ClockText.parseOffset("+19:00") == nil)
        #expect(ClockText.offset(-16_200) == "-04:30")
    }
}
