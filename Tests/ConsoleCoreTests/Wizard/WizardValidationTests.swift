import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct WizardValidationTests {
    func scheduleState() -> ConsoleState {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .schedule, in: &state)
        return state
    }

    @Test func theTimeIsCheckedWhenTheFieldIsLeft() {
        var state = scheduleState()
        WizardHarness.focus(.scheduleTime, in: &state)
        WizardHarness.apply(WizardHarness.clear(5) + WizardHarness.type("2:5"), to: &state)
        #expect(state.wizard?.fieldErrors[.scheduleTime] == nil, "no message while typing")
        WizardHarness.apply([.nextField], to: &state)
        #expect(state.wizard?.fieldErrors[.scheduleTime] == "Type the time as HH:MM, for example 02:00.")
        #expect(state.wizard?.focusedField == .scheduleOffset)
        WizardHarness.apply(WizardHarness.clear(6) + WizardHarness.type("+8"), to: &state)
        WizardHarness.apply([.previousField], to: &state)
        #expect(state.wizard?.fieldErrors[.scheduleOffset] == "Type the UTC offset as ±HH:MM, for example +08:00.")
        WizardHarness.apply([.nextStep], to: &state)
        #expect(state.wizard?.step == .schedule)
        #expect(
            state.wizard?.refusal == [
                "Time (HH:MM): Type the time as HH:MM, for example 02:00.", "UTC offset: Type the UTC offset as ±HH:MM, for example +08:00.",
            ])
        WizardHarness.focus(.scheduleTime, in: &state)
        WizardHarness.apply(
            WizardHarness.clear(3) + WizardHarness.type("23:45") + [.nextField] + WizardHarness.clear(2) + WizardHarness.type("-03:30"), to: &state)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(state.wizard?.step == .storage)
        #expect(state.wizard!.form.request(options: state.wizard!.options).obBackupScheduleConfig?.backupScheduleTime == "23:45:00.000-03:30")
    }

    @Test func atLeastOneDayIsRequired() {
        var state = scheduleState()
        state.wizard?.form.weekDays = Array(repeating: nil, count: 7)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(state.wizard?.refusal == ["Days: Choose at least one day with a backup."])
        #expect(state.wizard?.fieldErrors[.scheduleGrid] == "Choose at least one day with a backup.")
    }

    @Test func aMonthAllowsAtMostTenDays() {
        var state = scheduleState()
        WizardHarness.apply([.toggle], to: &state)
        #expect(state.wizard?.form.scheduleMode == .month)
        #expect(state.wizard?.form.dayMap == ["1": .full])
        WizardHarness.focus(.scheduleGrid, in: &state)
        for _ in 0..<10 { WizardHarness.apply([.moveCell(.right), .toggle], to: &state) }
        #expect(state.wizard?.form.dayMap.count == 10)
        #expect(state.wizard?.form.monthDays[10] == nil)
        #expect(state.wizard?.fieldErrors[.scheduleGrid] == "A monthly schedule may use at most 10 days.")
        WizardHarness.apply([.moveCell(.down)], to: &state)
        #expect(state.wizard?.gridCursor == 17)
    }

    @Test func incrementalsBeforeAnyFullBackupWarn() {
        var state = scheduleState()
        state.wizard?.form.weekDays = [.full, nil, nil, nil, nil, .incremental, nil]
        WizardHarness.apply([.nextStep], to: &state)
        #expect(state.wizard?.step == .storage)
        state = scheduleState()
        state.wizard?.form.weekDays = [.full, nil, nil, nil, nil, .incremental, nil]
        WizardHarness.go(to: .backupMode, in: &state)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(
            state.wizard?.warnings == [
                "The first run is incremental but the cluster has no full backup yet; incremental runs fail until the first full backup."
            ])
        state.wizard?.form.weekDays = [nil, nil, nil, nil, nil, .incremental, nil]
        #expect(
            WizardValidation.check(.schedule, of: state.wizard!, now: 1_795_176_000).warnings == [
                "No full backup is scheduled and the cluster has none yet, so incremental backups will fail."
            ])
    }

    @Test func storageRulesComeFromTheSharedValidator() {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .storage, in: &state)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(
            state.wizard?.refusal == [
                "Configuration name: '' is not a valid name: start with a letter, then 2–32 letters, digits or underscores.",
                "Directory (no protocol): The storage directory is empty.",
            ])
        WizardHarness.apply([.nextField] + WizardHarness.type("1abc") + [.nextField], to: &state)
        #expect(state.wizard?.fieldErrors[.storage(.configName)]?.hasPrefix("'1abc' is not a valid name") == true)
        WizardHarness.apply(WizardHarness.type("file:///obbackup") + [.nextField], to: &state)
        #expect(state.wizard?.fieldErrors[.storage(.url)] == "Give the directory without a protocol, e.g. /obbackup/ or bucket/backup.")
        WizardHarness.apply(WizardHarness.clear(2) + WizardHarness.type("0") + [.previousField], to: &state)
        #expect(state.wizard?.fieldErrors[.storage(.alarmPercent)] == "0 is out of range; use 1–100.")
        WizardHarness.focus(.storage(.alarmPercent), in: &state)
        WizardHarness.apply(WizardHarness.clear(1) + WizardHarness.type("8o") + [.previousField], to: &state)
        #expect(state.wizard?.fieldErrors[.storage(.alarmPercent)] == "'8o' is not a whole number.")
    }

    @Test func objectStorageNeedsItsKeys() {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .storage, in: &state)
        WizardHarness.apply([.toggle, .toggle], to: &state)
        #expect(state.wizard?.form.storage.type == .cos)
        WizardHarness.fillValidStorage(&state)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(
            state.wizard?.refusal == [
                "Endpoint: The endpoint is empty.", "AccessKey id: The AccessKey id is empty.", "AccessKey secret: The AccessKey secret is empty.",
                "COS APPID: COS needs the application id (appId).",
            ])
    }

    @Test func thresholdsAreRangeChecked() {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .thresholds, in: &state)
        WizardHarness.apply(WizardHarness.clear(3) + WizardHarness.type("0") + [.nextField], to: &state)
        #expect(state.wizard?.fieldErrors[.dataBackupTimeout] == "0 is out of range; use 1–10080.")
        WizardHarness.apply(WizardHarness.clear(1) + [.nextField], to: &state)
        #expect(state.wizard?.fieldErrors[.noSuccessDays] == "Type a number.")
        WizardHarness.apply(WizardHarness.clear(3) + WizardHarness.type("99999") + [.previousField], to: &state)
        #expect(state.wizard?.fieldErrors[.logBackupDelay] == "99999 is out of range; use 1–86400.")
    }

    @Test func cleanupRetentionIsCheckedWhenOn() {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .cleanup, in: &state)
        WizardHarness.apply([.toggle, .nextField] + WizardHarness.clear(1) + WizardHarness.type("0") + [.nextField], to: &state)
        #expect(state.wizard?.fieldErrors[.retentionDays] == "0 is out of range; use 1–3650.")
        #expect(state.wizard?.focusedField == .cleanTime)
    }

    @Test func aNoSuccessAlarmShorterThanTheCycleWarns() {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .cleanup, in: &state)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(state.wizard?.step == .thresholds)
        #expect(state.wizard?.warnings == [], "the default alarm follows the weekly schedule (8 days)")
        WizardHarness.focus(.noSuccessDays, in: &state)
        WizardHarness.apply(WizardHarness.clear(1) + WizardHarness.type("2"), to: &state)
        let warnings = WizardValidation.check(.thresholds, of: state.wizard!, now: 1_795_176_000).warnings
        state.wizard?.warnings = warnings
        #expect(
            state.wizard?.warnings == [
                "The alarm after 2 days without a successful data backup is shorter than the longest gap between scheduled backups (7 days); it would fire between normal runs."
            ])
        state.wizard?.form.weekDays = [.full, .incremental, .incremental, .incremental, .incremental, .incremental, .incremental]
        #expect(WizardValidation.check(.thresholds, of: state.wizard!, now: 1_795_176_000).warnings.isEmpty)
    }
}
