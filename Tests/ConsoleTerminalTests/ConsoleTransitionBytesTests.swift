import ConsoleTerminal
import ConsoleUI
import Testing

extension TerminalTests {
    /// The bytes the real console (reducer, renderer, ncurses under `newterm`) sends per
    /// transition, against the budgets of Benchmarks/README.md; `ByteBudgetTests` holds the same budgets for a list-like
    /// fixture screen.
    @Suite struct ConsoleTransitionBytesTests {
        static let sizes = [Size(rows: 24, columns: 80), Size(rows: 50, columns: 200)]

        /// The bytes presenting the scene's next frame writes, and the visible text of the rows it changes.
        static func transition(
            _ file: ScreenFile, _ scene: inout ConsoleScene, _ change: (inout ConsoleScene) -> Void
        ) -> (
            bytes: Int, text: Int
        ) {
            let before = scene.render()
            file.screen.present(before)
            change(&scene)
            let after = scene.render()
            let bytes = file.bytesWritten { file.screen.present(after) }
            return (bytes, ClusterListFixture.visibleTextOfChangedRows(from: before, to: after))
        }

        @Test(arguments: sizes) func aCursorMoveStaysWithinTwoHundredBytesAndIdleWritesNothing(size: Size) throws {
            let file = try ScreenFile(size: size)
            var scene = ConsoleScene(size: size, clusters: 1000)
            for _ in 0..<3 {
                let move = Self.transition(file, &scene) { $0.press(.down) }
                #expect(move.bytes > 0 && move.bytes <= 200, "\(size) move: \(move.bytes) bytes")
            }
            let idle = Self.transition(file, &scene) { _ in }
            #expect(idle.bytes == 0)
        }

        @Test(arguments: sizes) func aOneRowScrollAndAPageStayWithinTheTextOfTheChangedRows(size: Size) throws {
            let file = try ScreenFile(size: size)
            var scene = ConsoleScene(size: size, clusters: 1000)
            for _ in 1..<scene.state.list.viewportRows { scene.press(.down) }
            let scroll = Self.transition(file, &scene) { $0.press(.down) }
            #expect(scene.state.list.scrollTop == 1)
            #expect(scroll.bytes > 0 && Double(scroll.bytes) <= 1.25 * Double(scroll.text), "\(size) scroll: \(scroll)")
            let page = Self.transition(file, &scene) { $0.press(.pageDown) }
            #expect(page.bytes > 0 && Double(page.bytes) <= 1.25 * Double(page.text), "\(size) page: \(page)")
        }

        @Test(arguments: sizes) func aGridToggleAndAFieldEditStayWithinTheTextOfTheChangedRows(size: Size) throws {
            let file = try ScreenFile(size: size)
            var scene = ConsoleScene(size: size, clusters: 1000)
            scene.openScheduleGrid()
            let toggle = Self.transition(file, &scene) { $0.send(.wizard(.toggle)) }
            #expect(toggle.bytes > 0 && Double(toggle.bytes) <= 1.25 * Double(toggle.text), "\(size) grid toggle: \(toggle)")
            scene.send(.wizard(.nextField))
            scene.send(.wizard(.nextField))
            let edit = Self.transition(file, &scene) { $0.send(.wizard(.typed("5"))) }
            #expect(edit.bytes > 0 && Double(edit.bytes) <= 1.25 * Double(edit.text), "\(size) field edit: \(edit)")
        }
    }
}
