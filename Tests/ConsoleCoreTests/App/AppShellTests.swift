import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct AppShellTests {
    static let expiry = Fixtures.now.addingTimeInterval(4)

    @Test func quitAsksOnlyWhenADraftWouldBeLost() async {
        let clean = FakeWorld().store(WizardHarness.state(with: WizardHarness.newWizard()))
        await clean.send(.quit) { $0.shouldQuit = true }
        clean.finish()
        var dirty = WizardHarness.state(with: WizardHarness.newWizard())
        dirty.wizard?.form.storage.configName = "typed"
        let store = FakeWorld().store(dirty)
        await store.send(.quit) { $0.dialog = .confirmQuit }
        await store.send(.back) { $0.dialog = nil }
        await store.send(.quit) { $0.dialog = .confirmQuit }
        await store.send(.dialogSubmit) {
            $0.dialog = nil
            $0.shouldQuit = true
        }
        store.finish()
    }

    @Test func thePaletteRunsCommandsByUniquePrefix() async {
        let world = FakeWorld(.init(pages: [[Fixtures.cluster(1, "alpha")]]))
        let store = world.store()
        await store.send(.openPalette) { $0.dialog = .palette("") }
        await store.send(.dialogTyped("r")) { $0.dialog = .palette("r") }
        await store.send(.dialogTyped("x")) { $0.dialog = .palette("rx") }
        await store.send(.dialogDeleteBackward) { $0.dialog = .palette("r") }
        await store.send(.dialogTyped("e")) { $0.dialog = .palette("re") }
        await store.send(.dialogSubmit) {
            $0.dialog = nil
            $0.list.generation = 1
            $0.list.load = .loading(pages: 0)
        }
        await store.receiveAny { $0.list.receive(page: [Fixtures.cluster(1, "alpha")], generation: 1) }
        await store.receive(.list(.loadFinished(generation: 1, .success(1)))) { $0.list.load = .loaded(total: 1) }
        await store.send(.openPalette) { $0.dialog = .palette("") }
        await store.send(.dialogTyped("z")) { $0.dialog = .palette("z") }
        await store.send(.dialogSubmit) {
            $0.dialog = nil
            $0.flash = Flash(
                id: 1, text: "No command 'z'. Try: clusters, problems, refresh, new, edit, delete, export, help, quit.", tone: .error,
                expiresAt: Self.expiry)
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        #expect(PaletteCommand.parse(" HELP ") == .help)
        #expect(PaletteCommand.parse("") == nil)
        store.finish()
    }

    @Test func anOldFlashExpiryDoesNotClearANewerMessage() async {
        var state = ConsoleState(profile: "p", readOnly: false)
        state.flash = Flash(id: 2, text: "new", tone: .info, expiresAt: Self.expiry)
        let store = FakeWorld().store(state)
        await store.send(.flashExpired(id: 1))
        await store.send(.flashExpired(id: 2)) { $0.flash = nil }
        store.finish()
    }

    @Test func focusCyclesThroughTheOpenPanes() async {
        let store = FakeWorld().store(WizardHarness.state(with: WizardHarness.newWizard()))
        await store.send(.focusNextPane) { $0.focus = .list }
        await store.send(.focusNextPane) { $0.focus = .detail }
        await store.send(.focusPreviousPane) { $0.focus = .list }
        await store.send(.focusPreviousPane) { $0.focus = .wizard }
        await store.send(.showHelp) { $0.dialog = .help }
        await store.send(.dialogSubmit) { $0.dialog = nil }
        await store.send(.back) {
            $0.wizard = nil
            $0.focus = .detail
        }
        await store.send(.back) { $0.focus = .list }
        store.finish()
    }

    @Test func deletingNeedsTheClusterNameTypedAndSendsOnce() async {
        let world = FakeWorld()
        let store = world.store(WizardHarness.detailState(strategy: Fixtures.strategy()))
        await store.send(.deleteStrategy) { $0.dialog = .confirmDelete(clusterId: 1, typed: "") }
        await store.send(.dialogTyped("a")) { $0.dialog = .confirmDelete(clusterId: 1, typed: "a") }
        await store.send(.dialogSubmit) {
            $0.flash = Flash(id: 1, text: "Type the cluster name exactly to delete its strategy.", tone: .error, expiresAt: Self.expiry)
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        for character in "lpha" {
            await store.send(.dialogTyped(character)) {
                guard case .confirmDelete(let id, let typed)? = $0.dialog else { return }
                $0.dialog = .confirmDelete(clusterId: id, typed: typed + String(character))
            }
        }
        await store.send(.dialogSubmit) {
            $0.dialog = nil
            $0.deleteInFlight = 1
        }
        await store.receive(.deleteFinished(clusterId: 1, .success(Fixtures.receipt(.deleteStrategy, tasks: [])))) {
            $0.deleteInFlight = nil
            $0.strategies[1]?.isLoading = true
            $0.flash = Flash(id: 2, text: "Strategy deleted.", tone: .info, expiresAt: Self.expiry)
            $0.nextFlashId = 3
        }
        await store.receive(.flashExpired(id: 2)) { $0.flash = nil }
        await store.receive(.strategyLoaded(clusterId: 1, .success(StrategySnapshot.none))) {
            $0.strategies[1] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        }
        #expect(world.recorded.deletes == [1])
        store.finish()
    }

    @Test func aDeleteWithoutAnswerIsSaidPlainlyAndTheStrategyIsReread() async {
        let world = FakeWorld(
            .init(strategy: .success(Fixtures.strategy()), delete: .failure(OCPAPIError(kind: .outcomeUnknown, message: "dropped"))))
        var state = WizardHarness.detailState(strategy: Fixtures.strategy())
        state.dialog = .confirmDelete(clusterId: 1, typed: "alpha")
        let store = world.store(state)
        await store.send(.dialogSubmit) {
            $0.dialog = nil
            $0.deleteInFlight = 1
        }
        await store.send(.dialogSubmit)
        await store.receive(.deleteFinished(clusterId: 1, .failure(ErrorInfo(OCPAPIError(kind: .outcomeUnknown, message: "dropped"))))) {
            $0.deleteInFlight = nil
            $0.strategies[1]?.isLoading = true
            $0.flash = Flash(
                id: 1, text: "No answer to the delete: it may or may not have happened. Reading the strategy again.", tone: .error,
                expiresAt: Self.expiry)
            $0.nextFlashId = 2
        }
        await store.receive(.flashExpired(id: 1)) { $0.flash = nil }
        await store.receive(.strategyLoaded(clusterId: 1, .success(.present(Fixtures.strategy())))) { $0.strategies[1]?.isLoading = false }
        #expect(world.recorded.deletes == [1])
        store.finish()
    }

    @Test func nothingStartsAfterTheRunnerStopped() {
        let runner = EffectRunner<ConsoleAction>(wake: {})
        runner.stop()
        runner.start(.task { .quit })
        #expect(runner.inFlightCount == 0)
    }
}
