import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct WizardOpeningTests {
    @Test func newStrategyOpensTheWizardWithDefaultsAndLooksForADraft() async {
        let world = FakeWorld()
        let store = world.store(WizardHarness.detailState())
        await store.send(.newStrategy) {
            $0.wizard = WizardHarness.newWizard()
            $0.focus = .wizard
        }
        await store.receive(.wizard(.draftLoaded(nil)))
        let form = store.state.wizard!.form
        #expect(form.backupMode == .physical)
        #expect(form.scheduleMode == .week)
        #expect(form.dayMap == ["6": .full])
        #expect(form.timeText == "02:00")
        #expect(form.offsetText == "+08:00", "the default offset is the local one")
        #expect(form.storage.alarmPercentText == "80")
        #expect(form.dataBackupTimeoutText == String(StrategyDefaults.dataBackupTimeoutMinutes))
        #expect(form.retentionDaysText == "7")
        store.finish()
    }

    @Test func editPrefillsFromTheStrategyKeepingStorageIds() async {
        let world = FakeWorld()
        let store = world.store(WizardHarness.detailState(strategy: Fixtures.strategy()))
        let options = WizardOptions(cluster: Fixtures.cluster(1, "alpha"), ability: Fixtures.ability())
        await store.send(.editStrategy) {
            $0.wizard = WizardState(
                options: options, original: Fixtures.strategy(),
                form: StrategyForm(strategy: Fixtures.strategy(), options: options, localOffsetSeconds: Fixtures.localOffset))
            $0.focus = .wizard
        }
        await store.receive(.wizard(.draftLoaded(nil)))
        let form = store.state.wizard!.form
        #expect(form.storage.storageId == 2_000_034)
        #expect(form.storage.url == "/obbackup/", "the protocol OCP shows is stripped")
        #expect(form.dayMap == ["2": .full, "4": .full, "6": .incremental])
        #expect(form.cleanEnabled)
        #expect(form.cleanTimeText == "03:00")
        #expect(form.dataBackupTimeoutText == "7")
        let request = form.request(options: options)
        #expect(request.obBackupServiceStorageConfig?.storageId == 2_000_034)
        #expect(request.obBackupScheduleConfig?.backupScheduleTime == "02:00:00.000+08:00")
        store.finish()
    }

    @Test func aMaskedSecretIsNeverKeptAndMustBeTypedAgain() {
        let options = WizardOptions(cluster: Fixtures.cluster(1, "alpha"), ability: Fixtures.ability())
        let form = StrategyForm(strategy: Fixtures.ossStrategy(), options: options, localOffsetSeconds: 0)
        #expect(form.storage.secret == nil)
        #expect(form.storage.type == .oss)
        #expect(form.storage.url == "bucket/backup")
        var state = WizardHarness.state(with: WizardState(options: options, original: Fixtures.ossStrategy(), form: form))
        WizardHarness.go(to: .storage, in: &state)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(state.wizard?.step == .storage)
        #expect(state.wizard?.refusal == ["AccessKey secret: The AccessKey secret is empty."])
        WizardHarness.focus(.storage(.accessKeySecret), in: &state)
        WizardHarness.apply(WizardHarness.type("******"), to: &state)
        WizardHarness.apply([.nextStep], to: &state)
        #expect(state.wizard?.fieldErrors[.storage(.accessKeySecret)]?.contains("real secret") == true)
        WizardHarness.focus(.storage(.accessKeySecret), in: &state)
        WizardHarness.apply(WizardHarness.clear(6) + WizardHarness.type("s3cr3t") + [.nextStep], to: &state)
        #expect(state.wizard?.step == .cleanup)
        let request = state.wizard!.form.request(options: options)
        #expect(request.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey?.accessKeySecret?.reveal() == "s3cr3t")
        #expect(request.obBackupServiceStorageConfig?.storageId == 2_000_035)
    }

    @Test func creatingIsRefusedWhenTheClusterAlreadyHasAStrategy() async {
        let store = FakeWorld().store(WizardHarness.detailState(strategy: Fixtures.strategy()))
        await store.send(.newStrategy) {
            $0.flash = Flash(
                id: 1, text: "The cluster already has a strategy; edit it instead.", tone: .error, expiresAt: Fixtures.now.addingTimeInterval(4))
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        store.finish()
    }
}
