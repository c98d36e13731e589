import OCPAPI
import Testing

@testable import ConsoleCore

/// The two intents the mouse adds: selecting a list row by index (the list takes the focus)
/// and scrolling an area on screen whatever has the focus.
@Suite struct PointerActionTests {
    static func detailWithList() -> ConsoleState {
        var state = WizardHarness.detailState(strategy: Fixtures.strategy())
        state.list.merge((2...30).map { Fixtures.cluster(Int64($0), "cluster-\($0)") })
        state.list.setViewport(rows: 10)
        return state
    }

    @Test func selectingARowMovesTheCursorThereClampedAndTakesTheFocus() async {
        let store = FakeWorld().store(Self.detailWithList())
        #expect(store.state.focus == .detail)
        await store.send(.list(.select(12))) {
            $0.list.move(.select(12))
            $0.focus = .list
        }
        #expect(store.state.list.cursor == 12)
        #expect(store.state.list.selectedId == store.state.list.row(atVisible: 12).id, "the selection follows the cursor")
        await store.send(.list(.select(500))) { $0.list.move(.jumpToEnd) }
        #expect(store.state.list.cursor == 29)
        await store.send(.list(.select(-4))) { $0.list.move(.jumpToStart) }
        #expect(store.state.list.cursor == 0)
    }

    @Test func theWheelScrollsTheDetailWhileTheListHasTheFocus() async {
        var state = Self.detailWithList()
        state.focus = .list
        let store = FakeWorld().store(state)
        await store.send(.scrollExtentChanged(ScrollExtent(area: .detail, lines: 30, rows: 19))) {
            $0.detailScroll.resize(lines: 30, rows: 19)
        }
        await store.send(.scroll(.lineDown))
        await store.send(.scrollArea(.detail, .lineDown)) { $0.detailScroll.apply(.lineDown) }
        #expect(store.state.detailScroll.offset == 1)
        await store.send(.scrollArea(.review, .lineDown))
    }

    @Test func anAreaThatIsNotShownDoesNotScroll() {
        var state = Self.detailWithList()
        state.detailClusterId = nil
        #expect(!state.showsScrollArea(.detail))
        #expect(!state.showsScrollArea(.review))
        state = ScrollTests.reviewState()
        #expect(state.showsScrollArea(.review))
        #expect(!state.showsScrollArea(.detail))
    }
}
