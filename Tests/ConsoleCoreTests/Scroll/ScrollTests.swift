import OCPAPI
import Testing

@testable import ConsoleCore

/// The detail pane and the review scroll by actions, clamped to the extent the renderer
/// reports, and start again at the top on new content.
@Suite struct ScrollTests {
    static func reviewState() -> ConsoleState {
        var state = WizardHarness.state(with: WizardHarness.newWizard())
        WizardHarness.fillValidStorage(&state)
        WizardHarness.go(to: .secondary, in: &state)
        WizardHarness.apply([.nextStep], to: &state)
        return state
    }

    @Test func movesStayBetweenTheTopAndTheLastScreen() {
        var position = ScrollPosition()
        position.resize(lines: 40, rows: 15)
        #expect(position.maxOffset == 25)
        position.apply(.lineUp)
        #expect(position.offset == 0)
        position.apply(.pageDown)
        #expect(position.offset == 14, "a page keeps one line of context")
        position.apply(.lineDown)
        #expect(position.offset == 15)
        position.apply(.bottom)
        #expect(position.offset == 25)
        position.apply(.lineDown)
        position.apply(.pageDown)
        #expect(position.offset == 25)
        position.apply(.pageUp)
        #expect(position.offset == 11)
        position.apply(.top)
        #expect(position.isAtTop)
    }

    @Test func nothingMovesWhenEverythingFits() {
        var position = ScrollPosition()
        position.resize(lines: 10, rows: 15)
        for move in ScrollMove.allCases {
            position.apply(move)
            #expect(position.offset == 0, "\(move)")
        }
        #expect(!position.canScroll)
    }

    @Test func theDetailPaneScrollsAndIsClampedWhenTheExtentShrinks() async {
        let state = WizardHarness.detailState(strategy: Fixtures.strategy())
        let store = FakeWorld().store(state)
        await store.send(.scroll(.lineDown))
        await store.send(.scrollExtentChanged(ScrollExtent(area: .detail, lines: 30, rows: 19))) {
            $0.detailScroll.resize(lines: 30, rows: 19)
        }
        await store.send(.scroll(.bottom)) { $0.detailScroll.apply(.bottom) }
        #expect(store.state.detailScroll.offset == 11)
        await store.send(.scrollExtentChanged(ScrollExtent(area: .detail, lines: 25, rows: 19))) {
            $0.detailScroll.resize(lines: 25, rows: 19)
        }
        #expect(store.state.detailScroll.offset == 6, "a smaller terminal or shorter content clamps the offset")
        await store.send(.scroll(.lineUp)) { $0.detailScroll.apply(.lineUp) }
        #expect(store.state.detailScroll.offset == 5)
        store.finish()
    }

    @Test func openingAClusterStartsItsDetailAtTheTop() async {
        var state = WizardHarness.detailState(strategy: Fixtures.strategy())
        state.list.merge([Fixtures.cluster(2, "beta")])
        state.detailTab = .strategy
        state.detailScroll.resize(lines: 30, rows: 19)
        state.detailScroll.apply(.bottom)
        let store = FakeWorld(.init(strategy: .success(nil))).store(state)
        await store.send(.back) { $0.focus = .list }
        await store.send(.list(.jumpToEnd)) { $0.list.move(.jumpToEnd) }
        #expect(store.state.list.highlighted?.name == "beta")
        await store.send(.openDetail) {
            $0.detailClusterId = 2
            $0.detailScroll.reset()
            $0.focus = .detail
            $0.abilities[2] = Loadable(isLoading: true)
            $0.strategies[2] = Loadable(isLoading: true)
        }
        #expect(store.state.detailScroll.offset == 0)
        await store.receive(.abilityLoaded(clusterId: 2, .success(Fixtures.ability()))) {
            $0.abilities[2] = Loadable(value: Fixtures.ability(), loadedAt: Fixtures.now)
        }
        await store.receive(.strategyLoaded(clusterId: 2, .success(.none))) {
            $0.strategies[2] = Loadable(value: StrategySnapshot.none, loadedAt: Fixtures.now)
        }
        store.finish()
    }

    @Test func scrollKeysMoveOnlyTheFocusedPane() async {
        var state = Self.reviewState()
        state.detailScroll.resize(lines: 30, rows: 19)
        let store = FakeWorld().store(state)
        await store.send(.scrollExtentChanged(ScrollExtent(area: .review, lines: 40, rows: 15))) {
            $0.wizard?.reviewScroll.resize(lines: 40, rows: 15)
        }
        await store.send(.scroll(.pageDown)) { $0.wizard?.reviewScroll.apply(.pageDown) }
        #expect(store.state.wizard?.reviewScroll.offset == 14)
        #expect(store.state.detailScroll.offset == 0)
        await store.send(.focusNextPane) { $0.focus = .list }
        await store.send(.scroll(.pageDown))
        store.finish()
    }

    @Test func everyStepOpensTheReviewAtTheTop() {
        var state = Self.reviewState()
        state.wizard?.reviewScroll.resize(lines: 40, rows: 15)
        state.wizard?.reviewScroll.apply(.bottom)
        WizardHarness.apply([.previousStep, .nextStep], to: &state)
        #expect(state.wizard?.step == .review)
        #expect(state.wizard?.reviewScroll.offset == 0)
    }

    @Test func theFocusedAreaFollowsTheFocusAndTheStep() {
        var state = Self.reviewState()
        #expect(state.focusedScrollArea == .review)
        WizardHarness.apply([.previousStep], to: &state)
        #expect(state.focusedScrollArea == nil)
        state.focus = .detail
        #expect(state.focusedScrollArea == .detail)
        state.focus = .list
        #expect(state.focusedScrollArea == nil)
    }
}
