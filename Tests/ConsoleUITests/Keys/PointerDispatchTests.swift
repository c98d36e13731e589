import ConsoleCore
import OCPAPI
import Testing

@testable import ConsoleUI

/// With `--mouse`, what is under the pointer is worked out from the same layout the renderer
/// draws, and the mouse table turns a gesture there into an action: the wheel scrolls the pane
/// under the pointer, a click picks a cluster or focuses the detail. Dialogs and the filter
/// being typed take keys only.
@Suite struct PointerDispatchTests {
    let keys = KeyMap.standard
    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120)]

    /// A list of 60 clusters on a screen of `size`, the cursor on row `cursor`.
    static func list(size: Size, cursor: Int = 0) -> ConsoleState {
        var driver = SceneDriver()
        driver.load((1...60).map { Cluster(id: Int64($0), name: String(format: "cluster-%02d", $0), obVersion: "4.2.1.0") })
        driver.send(.viewportChanged(rows: ConsoleRenderer.listViewportRows(for: size)))
        for _ in 0..<cursor { driver.send(.list(.moveDown)) }
        return driver.state
    }

    static func event(_ kind: MouseEvent.Kind, row: Int, column: Int) -> MouseEvent {
        MouseEvent(kind: kind, position: CellPosition(row: row, column: column))
    }

    /// The screen row on which the visible list row `index` is drawn, read from the render.
    static func screenRow(of name: String, in state: ConsoleState, size: Size) -> Int? {
        let rows = ConsoleRenderer.render(state, size: size).text.split(separator: "\n", omittingEmptySubsequences: false)
        return rows.firstIndex { $0.prefix(40).contains(name) }
    }

    @Test(arguments: sizes)
    func theTargetIsTheRowTheRendererDrewThere(size: Size) throws {
        let state = Self.list(size: size, cursor: 45)
        #expect(state.list.scrollTop > 0, "the list is scrolled")
        for index in [state.list.scrollTop, state.list.cursor, state.list.scrollTop + state.list.viewportRows - 1] {
            let name = state.list.row(atVisible: index).name
            let row = try #require(Self.screenRow(of: name, in: state, size: size))
            #expect(ConsoleRenderer.pointerTarget(at: CellPosition(row: row, column: 4), in: state, size: size) == .listRow(index))
        }
        #expect(ConsoleRenderer.pointerTarget(at: CellPosition(row: 0, column: 4), in: state, size: size) == .elsewhere)
        #expect(ConsoleRenderer.pointerTarget(at: CellPosition(row: 2, column: 4), in: state, size: size) == .list, "the column titles")
        #expect(ConsoleRenderer.pointerTarget(at: CellPosition(row: 5, column: size.columns - 5), in: state, size: size) == .detail)
        #expect(ConsoleRenderer.pointerTarget(at: CellPosition(row: size.rows - 1, column: 4), in: state, size: size) == .elsewhere)
        #expect(ConsoleRenderer.pointerTarget(at: CellPosition(row: 5, column: 4), in: state, size: Size(rows: 20, columns: 70)) == .elsewhere)
    }

    @Test func rowsBelowTheLastClusterAreTheListNotARow() {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        let size = Size(rows: 24, columns: 80)
        #expect(ConsoleRenderer.pointerTarget(at: CellPosition(row: 3, column: 4), in: driver.state, size: size) == .listRow(0))
        #expect(ConsoleRenderer.pointerTarget(at: CellPosition(row: 15, column: 4), in: driver.state, size: size) == .list)
    }

    @Test(arguments: sizes)
    func theWheelOverTheListMovesTheCursorThreeRowsClamped(size: Size) {
        let state = Self.list(size: size, cursor: 1)
        let down = keys.command(for: Self.event(.scrollDown, row: 5, column: 4), in: state, size: size)
        #expect(down == .send(.list(.select(4))))
        let up = keys.command(for: Self.event(.scrollUp, row: 5, column: 4), in: state, size: size)
        #expect(up == .send(.list(.select(0))))
    }

    @Test func aClickSelectsARowAndASecondClickOpensIt() throws {
        let size = Size(rows: 24, columns: 80)
        var driver = SceneDriver()
        driver.state = Self.list(size: size)
        let row = try #require(Self.screenRow(of: "cluster-05", in: driver.state, size: size))
        let click = Self.event(.press(button: 1), row: row, column: 10)
        #expect(keys.command(for: click, in: driver.state, size: size) == .send(.list(.select(4))))
        driver.send(.list(.select(4)))
        #expect(keys.command(for: click, in: driver.state, size: size) == .send(.openDetail))
        #expect(keys.command(for: Self.event(.release(button: 1), row: row, column: 10), in: driver.state, size: size) == nil)
        #expect(keys.command(for: Self.event(.click(button: 3), row: row, column: 10), in: driver.state, size: size) == nil)
    }

    @Test func overTheDetailTheWheelScrollsItAndAClickFocusesIt() {
        let size = Size(rows: 24, columns: 80)
        var state = Scene.listWithDetail.state
        #expect(state.detailClusterId != nil)
        state.focus = .list
        let wheel = keys.command(for: Self.event(.scrollDown, row: 8, column: 60), in: state, size: size)
        #expect(wheel == .send(.scrollArea(.detail, .lineDown)))
        #expect(keys.command(for: Self.event(.press(button: 1), row: 8, column: 60), in: state, size: size) == .send(.focusNextPane))
        var focused = state
        focused.focus = .detail
        #expect(keys.command(for: Self.event(.press(button: 1), row: 8, column: 70), in: focused, size: size) == nil)
        var listOnly = SceneDriver()
        listOnly.load(SceneData.clusters)
        #expect(keys.command(for: Self.event(.press(button: 1), row: 8, column: 60), in: listOnly.state, size: size) == nil)
    }

    @Test func theWheelScrollsTheReview() {
        let size = Size(rows: 24, columns: 80)
        let state = Scene.reviewModify.state
        #expect(keys.command(for: Self.event(.scrollUp, row: 10, column: 10), in: state, size: size) == .send(.scrollArea(.review, .lineUp)))
        let earlierStep = Scene.scheduleWeek.state
        #expect(keys.command(for: Self.event(.scrollUp, row: 10, column: 10), in: earlierStep, size: size) == nil)
    }

    @Test func dialogsAndTheFilterBeingTypedTakeKeysOnly() {
        let size = Size(rows: 24, columns: 80)
        for state in [Scene.help.state, Scene.palette.state, Scene.confirmDelete.state, Scene.filtering.state] {
            #expect(keys.command(for: Self.event(.press(button: 1), row: 4, column: 4), in: state, size: size) == nil)
            #expect(keys.command(for: Self.event(.scrollDown, row: 4, column: 4), in: state, size: size) == nil)
        }
    }

    @Test func theKeyReferenceListsTheMouseTable() {
        let reference = keys.markdownReference()
        #expect(reference.contains("### Mouse (with `--mouse`)"))
        for binding in KeyMap.pointerBindings {
            #expect(reference.contains("| \(binding.gestureLabel.english) \(binding.placeLabel.english) | \(binding.help.english) |"))
        }
    }
}
