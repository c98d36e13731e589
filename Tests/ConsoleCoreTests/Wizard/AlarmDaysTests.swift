import OCPAPI
import Testing

@testable import ConsoleCore

/// The no-success alarm follows the schedule (the longest gap between full backups, plus a
/// day) until it is typed into, so the review never warns about the wizard's own defaults.
@Suite struct AlarmDaysTests {
    @Test func theDefaultIsDerivedFromTheSchedule() {
        #expect(StrategyDefaults.noSuccessfulDataBackupAlarmDays(longestFullGapDays: 7) == 8)
        #expect(StrategyDefaults.noSuccessfulDataBackupAlarmDays(longestFullGapDays: nil) == StrategyDefaults.noSuccessfulDataBackupAlarmDays)
        #expect(StrategyDefaults.noSuccessfulDataBackupAlarmDays(longestFullGapDays: 400) == 365)
        #expect(StrategyDefaults.noSuccessfulDataBackupAlarmDays(longestFullGapDays: 0) == 1)
        let form = StrategyForm(backupMode: .physical, offsetSeconds: Fixtures.localOffset)
        #expect(form.noSuccessDaysText == "8", "one full backup a week, plus a day")
    }

    @Test func aNewStrategyOpensWithoutAWarningAboutItsOwnDefaults() async {
        let world = FakeWorld()
        let store = world.store(WizardHarness.detailState())
        await store.send(.newStrategy) { state in
            let options = WizardOptions(cluster: Fixtures.cluster(1, "alpha"), ability: Fixtures.ability())
            state.wizard = WizardState(
                options: options, original: nil, form: StrategyForm(backupMode: .physical, offsetSeconds: Fixtures.localOffset))
            state.focus = .wizard
        }
        await store.receive(.wizard(.draftLoaded(nil)))
        let wizard = store.state.wizard!
        #expect(wizard.alarmFollowsSchedule && wizard.form.noSuccessDaysText == "8" && !wizard.isDirty)
        #expect(WizardValidation.check(.thresholds, of: wizard, now: 1_795_176_000).warnings.isEmpty)
        store.finish()
    }

    @Test func itKeepsInStepWithTheGridUntilEditedByHand() {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .schedule, in: &state)
        WizardHarness.focus(.scheduleGrid, in: &state)
        WizardHarness.apply([.moveCell(.right), .moveCell(.right), .toggle], to: &state)
        #expect(state.wizard?.form.dayMap == ["3": .full, "6": .full])
        #expect(state.wizard?.form.noSuccessDaysText == "5", "Wednesday and Saturday: four days at most between them, plus one")
        WizardHarness.apply([.toggle], to: &state)
        #expect(state.wizard?.form.dayMap == ["3": .incremental, "6": .full] && state.wizard?.form.noSuccessDaysText == "8")
        WizardHarness.focus(.scheduleMode, in: &state)
        WizardHarness.apply([.toggle], to: &state)
        #expect(state.wizard?.form.scheduleMode == .month && state.wizard?.form.noSuccessDaysText == "32", "the first of every month")
        WizardHarness.apply([.toggle], to: &state)
        WizardHarness.go(to: .thresholds, in: &state)
        WizardHarness.focus(.noSuccessDays, in: &state)
        WizardHarness.apply(WizardHarness.clear(1) + WizardHarness.type("2"), to: &state)
        #expect(state.wizard?.alarmFollowsSchedule == false && state.wizard?.form.noSuccessDaysText == "2")
        WizardHarness.go(to: .schedule, in: &state)
        WizardHarness.focus(.scheduleGrid, in: &state)
        WizardHarness.apply([.moveCell(.right), .toggle], to: &state)
        #expect(state.wizard?.form.noSuccessDaysText == "2", "a value typed by hand stays")
        #expect(WizardValidation.check(.thresholds, of: state.wizard!, now: 1_795_176_000).warnings.count == 1, "and is warned about")
    }

    @Test func aModifyFollowsOnlyAValueItsScheduleImplies() {
        var matching = Fixtures.strategy()
        matching.obBackupThresholdConfig?.noSuccessfulDataBackupAlarmDays = 6
        for (strategy, follows) in [(Fixtures.strategy(), false), (matching, true)] {
            var state = WizardHarness.detailState(strategy: strategy)
            _ = ConsoleFeature(dependencies: FakeWorld().dependencies).reduce(into: &state, action: .editStrategy)
            let wizard = state.wizard!
            #expect(wizard.alarmFollowsSchedule == follows, "Tuesday and Thursday fulls: six days, and the sample says 2")
            #expect(wizard.form.noSuccessDaysText == (follows ? "6" : "2") && !wizard.isDirty)
        }
    }
}
