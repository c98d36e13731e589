import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct DraftTests {
    let key = DraftKey(profile: "prod", clusterId: 1)

    @Test func everyChangeSavesADraftWithoutSecrets() async {
        let world = FakeWorld()
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .storage, in: &state)
        WizardHarness.apply([.toggle], to: &state)
        let typedForm = state.wizard!.form
        state.wizard?.initialForm = typedForm
        WizardHarness.focus(.storage(.accessKeySecret), in: &state)
        let store = world.store(state)
        await store.send(.wizard(.typed("k"))) { $0.wizard?.form.storage.secret = Secret("k") }
        #expect(world.recorded.draftSaves == 0, "typing a secret saves nothing")
        await store.send(.wizard(.previousField)) { $0.wizard?.focusIndex = 4 }
        await store.send(.wizard(.typed("A"))) { $0.wizard?.form.storage.accessKeyId = "A" }
        #expect(world.recorded.draftSaves == 1)
        let saved = try! #require(world.recorded.drafts[key])
        #expect(saved.form.storage.accessKeyId == "A")
        #expect(saved.form.storage.secret == nil)
        #expect(saved.step == .storage)
        #expect(saved.savedAt == Fixtures.now)
        let json = String(
            decoding: try! JSONEncoder().encode(
                WizardDraft(key: key, isModify: false, step: .storage, form: store.state.wizard!.form, savedAt: Fixtures.now)), as: UTF8.self)
        #expect(!json.contains("\"k\""))
        #expect(!json.contains("secret"))
        store.finish()
    }

    @Test func aSavedDraftIsOfferedWhenTheWizardReopensAndCanBeRestored() async {
        let world = FakeWorld()
        var draftForm = StrategyForm(backupMode: .physical, offsetSeconds: Fixtures.localOffset)
        draftForm.storage.configName = "from_draft"
        draftForm.timeText = "05:30"
        let draft = WizardDraft(key: key, isModify: false, step: .storage, form: draftForm, savedAt: Fixtures.now)
        world.calls.withLock { $0.drafts[key] = draft }
        let store = world.store(WizardHarness.detailState())
        await store.send(.newStrategy) {
            $0.wizard = WizardHarness.newWizard()
            $0.focus = .wizard
        }
        await store.receive(.wizard(.draftLoaded(draft))) { $0.wizard?.draftOffer = draft }
        await store.send(.wizard(.typed("x")))
        await store.send(.wizard(.restoreDraft)) {
            $0.wizard?.draftOffer = nil
            $0.wizard?.form = draftForm
            $0.wizard?.step = .storage
        }
        #expect(store.state.quitWouldLoseDraft)
        store.finish()
    }

    @Test func aDiscardedDraftIsDeleted() async {
        let world = FakeWorld()
        var draftForm = StrategyForm(backupMode: .physical, offsetSeconds: Fixtures.localOffset)
        draftForm.storage.url = "/elsewhere/"
        let draft = WizardDraft(key: key, isModify: false, step: .schedule, form: draftForm, savedAt: Fixtures.now)
        world.calls.withLock { $0.drafts[key] = draft }
        let store = world.store(WizardHarness.detailState())
        await store.send(.newStrategy) {
            $0.wizard = WizardHarness.newWizard()
            $0.focus = .wizard
        }
        await store.receive(.wizard(.draftLoaded(draft))) { $0.wizard?.draftOffer = draft }
        await store.send(.wizard(.discardDraft)) { $0.wizard?.draftOffer = nil }
        #expect(world.recorded.drafts[key] == nil)
        store.finish()
    }

    @Test func aDraftOfTheOtherModeIsNotOffered() async {
        let world = FakeWorld()
        let draft = WizardDraft(
            key: key, isModify: true, step: .schedule, form: StrategyForm(backupMode: .logical, offsetSeconds: 0), savedAt: Fixtures.now)
        world.calls.withLock { $0.drafts[key] = draft }
        let store = world.store(WizardHarness.detailState())
        await store.send(.newStrategy) {
            $0.wizard = WizardHarness.newWizard()
            $0.focus = .wizard
        }
        await store.receive(.wizard(.draftLoaded(draft)))
        store.finish()
    }

    @Test func aFailedSaveIsReported() async {
        let world = FakeWorld(.init(draftSaveFails: true))
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.go(to: .storage, in: &state)
        WizardHarness.focus(.storage(.configName), in: &state)
        let store = world.store(state)
        await store.send(.wizard(.typed("n"))) { $0.wizard?.form.storage.configName = "n" }
        let message = try! #require(store.pendingActions.first)
        guard case .wizard(.draftStoreFailed(let text)) = message else {
            Issue.record("expected a save failure, got \(message)")
            return
        }
        #expect(text.hasPrefix("The draft could not be saved"))
        await store.receive(message) { $0.wizard?.draftError = text }
        store.finish()
    }

    @Test func anUnreadableDraftIsSaidAndTheWizardStartsFresh() async {
        let world = FakeWorld(.init(draftLoadFails: true))
        let store = world.store(WizardHarness.detailState())
        await store.send(.newStrategy) {
            $0.wizard = WizardHarness.newWizard()
            $0.focus = .wizard
        }
        let message = try! #require(store.pendingActions.first)
        guard case .wizard(.draftStoreFailed(let text)) = message else {
            Issue.record("expected a draft failure, got \(message)")
            return
        }
        #expect(text.hasPrefix("The saved draft could not be read"))
        await store.receive(message) { $0.wizard?.draftError = text }
        store.finish()
    }
}
