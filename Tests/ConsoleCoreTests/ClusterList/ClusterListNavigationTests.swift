import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct ClusterListNavigationTests {
    static func loaded(_ count: Int, viewport: Int = 5) -> ConsoleState {
        var state = ConsoleState(profile: "prod", readOnly: false)
        state.list.merge((1...count).map { Fixtures.cluster(Int64($0), "c\(1000 + $0)") })
        state.list.setViewport(rows: viewport)
        return state
    }

    @Test func movingScrollsTheViewportToKeepTheCursorVisible() async {
        let store = FakeWorld().store(Self.loaded(12))
        for row in 1...4 {
            await store.send(.list(.moveDown)) {
                $0.list.cursor = row
                $0.list.selectedId = Int64(row + 1)
            }
        }
        await store.send(.list(.moveDown)) {
            $0.list.cursor = 5
            $0.list.selectedId = 6
            $0.list.scrollTop = 1
        }
        await store.send(.list(.pageDown)) {
            $0.list.cursor = 10
            $0.list.selectedId = 11
            $0.list.scrollTop = 6
        }
        await store.send(.list(.jumpToEnd)) {
            $0.list.cursor = 11
            $0.list.selectedId = 12
            $0.list.scrollTop = 7
        }
        await store.send(.list(.moveDown))
        await store.send(.list(.pageUp)) {
            $0.list.cursor = 6
            $0.list.selectedId = 7
            $0.list.scrollTop = 6
        }
        await store.send(.list(.jumpToStart)) {
            $0.list.cursor = 0
            $0.list.selectedId = 1
            $0.list.scrollTop = 0
        }
        await store.send(.list(.moveUp))
        #expect(store.state.list.visibleRows.map(\.name) == ["c1001", "c1002", "c1003", "c1004", "c1005"])
        store.finish()
    }

    @Test func aSmallerViewportKeepsTheCursorOnScreen() async {
        var state = Self.loaded(12, viewport: 10)
        state.list.place(cursor: 9)
        let store = FakeWorld().store(state)
        await store.send(.viewportChanged(rows: 4)) {
            $0.list.viewportRows = 4
            $0.list.scrollTop = 6
        }
        #expect(store.state.list.visibleRows.count == 4)
        #expect(store.state.list.visibleRows.last?.cluster.id == 10)
        store.finish()
    }

    @Test func filteringMatchesNameVersionAndStatusAndKeepsTheSelection() async {
        var state = ConsoleState(profile: "prod", readOnly: false)
        state.list.merge([
            Fixtures.cluster(1, "alpha", version: "4.2.1.0"), Fixtures.cluster(2, "bravo", version: "3.1.4", status: .stopped),
            Fixtures.cluster(3, "charlie", version: "2.2.77"), Fixtures.cluster(4, "delta", version: "3.1.5"),
        ])
        let store = FakeWorld().store(state)
        await store.send(.list(.jumpToEnd)) {
            $0.list.cursor = 3
            $0.list.selectedId = 4
        }
        await store.send(.list(.beginFilter)) { $0.list.isEditingFilter = true }
        await store.send(.list(.filterTyped("3"))) { $0.list.appendFilter("3") }
        #expect(store.state.list.visibleRows.map(\.name) == ["bravo", "delta"])
        #expect(store.state.list.highlighted?.name == "delta")
        await store.send(.list(.filterTyped("."))) { $0.list.appendFilter(".") }
        await store.send(.list(.filterTyped("1"))) { $0.list.appendFilter("1") }
        await store.send(.list(.filterTyped("."))) { $0.list.appendFilter(".") }
        await store.send(.list(.filterTyped("4"))) { $0.list.appendFilter("4") }
        #expect(store.state.list.visibleRows.map(\.name) == ["bravo"])
        #expect(store.state.list.selectedId == 4, "the chosen cluster stays chosen while hidden")
        await store.send(.list(.filterDeleteBackward)) { $0.list.deleteFilterBackward() }
        #expect(store.state.list.highlighted?.name == "delta")
        await store.send(.list(.filterCleared)) { $0.list.clearFilter() }
        await store.send(.list(.filterTyped("S"))) { $0.list.appendFilter("S") }
        await store.send(.list(.filterTyped("T"))) { $0.list.appendFilter("T") }
        await store.send(.list(.filterTyped("O"))) { $0.list.appendFilter("O") }
        #expect(store.state.list.visibleRows.map(\.name) == ["bravo"], "status matches case-insensitively")
        await store.send(.list(.endFilter)) { $0.list.isEditingFilter = false }
        store.finish()
    }

    @Test func sortingCyclesNameVersionStatusWorstFirstAndKeepsTheSelection() async {
        var state = ConsoleState(profile: "prod", readOnly: false)
        state.list.merge([
            Fixtures.cluster(1, "alpha", version: "4.2.1.0"), Fixtures.cluster(2, "bravo", version: "2.2.77", status: .stopped),
            Fixtures.cluster(3, "charlie", version: "10.0"),
        ])
        let store = FakeWorld().store(state)
        await store.send(.list(.cycleSort)) { $0.list.sort(by: .version) }
        #expect(store.state.list.visibleRows.map(\.name) == ["bravo", "alpha", "charlie"], "versions compare numerically")
        #expect(store.state.list.highlighted?.name == "alpha")
        await store.send(.list(.cycleSort)) { $0.list.sort(by: .status) }
        #expect(store.state.list.visibleRows.map(\.name) == ["alpha", "charlie", "bravo"])
        await store.send(.list(.cycleSort)) { $0.list.sort(by: .health) }
        #expect(store.state.list.visibleRows.map(\.name) == ["alpha", "bravo", "charlie"], "no health known yet: by name")
        await store.send(.list(.cycleSort)) { $0.list.sort(by: .name) }
        #expect(store.state.list.sortKey == .name)
        store.finish()
    }
}
