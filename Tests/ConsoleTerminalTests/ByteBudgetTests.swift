import ConsoleTerminal
import ConsoleUI
import Testing

extension TerminalTests {
    /// The bytes a terminal receives per transition, against the budgets of Benchmarks/README.md.
    @Suite struct ByteBudgetTests {
        static let sizes = [Size(rows: 24, columns: 80), Size(rows: 50, columns: 200)]

        @Test(arguments: sizes) func idleRepresentWritesNothing(size: Size) throws {
            let file = try ScreenFile(size: size)
            let list = ClusterListFixture(size: size)
            file.screen.present(list.render())
            let idle = file.bytesWritten { file.screen.present(list.render()) }
            print("bytes \(size) idle re-present: \(idle)")
            #expect(idle == 0)
        }

        @Test(arguments: sizes) func listCursorMoveStaysWithinTwoHundredBytes(size: Size) throws {
            let file = try ScreenFile(size: size)
            var list = ClusterListFixture(size: size)
            file.screen.present(list.render())
            var moves: [Int] = []
            for _ in 0..<3 {
                list.moveDown()
                let frame = list.render()
                moves.append(file.bytesWritten { file.screen.present(frame) })
                #expect(file.screen.presentedRow(list.selected + 1) == frame.row(list.selected + 1))
            }
            print("bytes \(size) list cursor move: \(moves)")
            #expect(moves.allSatisfy { $0 > 0 && $0 <= 200 })
        }

        /// The budget is 1.25 × the visible text of the rows that changed, plus 48 bytes: setting
        /// and resetting the scroll region (about 16), two cursor moves (about 16) and the colour
        /// switches around the selection (about 16).
        @Test(arguments: sizes) func oneRowScrollAndPageStayWithinTheTextBudget(size: Size) throws {
            let file = try ScreenFile(size: size)
            var list = ClusterListFixture(size: size)
            list.selected = list.visibleRows - 1
            var previous = list.render()
            file.screen.present(previous)
            list.moveDown()
            let scrolled = list.render()
            let scrollBytes = file.bytesWritten { file.screen.present(scrolled) }
            let scrollText = ClusterListFixture.visibleTextOfChangedRows(from: previous, to: scrolled)
            previous = scrolled
            list.pageDown()
            let paged = list.render()
            let pageBytes = file.bytesWritten { file.screen.present(paged) }
            let pageText = ClusterListFixture.visibleTextOfChangedRows(from: previous, to: paged)
            print("bytes \(size) one-row scroll: \(scrollBytes) (changed rows' text \(scrollText)); page: \(pageBytes) (text \(pageText))")
            #expect(scrollBytes > 0 && Double(scrollBytes) <= 1.25 * Double(scrollText) + 48)
            #expect(pageBytes > 0 && Double(pageBytes) <= 1.25 * Double(pageText) + 48)
            #expect(file.screen.presentedRow(1) == paged.row(1))
        }

        @Test func forceRedrawRepaintsEverything() throws {
            let size = Size(rows: 24, columns: 80)
            let file = try ScreenFile(size: size)
            let list = ClusterListFixture(size: size)
            file.screen.present(list.render())
            let redraw = file.bytesWritten { file.screen.forceRedraw() }
            let text = ClusterListFixture.visibleTextOfChangedRows(from: ScreenBuffer(size: size), to: list.render())
            print("bytes \(size) forced redraw: \(redraw) (visible text \(text))")
            #expect(redraw >= text)
        }
    }
}
