import ConsoleCore
import OCPAPI
import Testing

@testable import ConsoleUI

/// The whole list pane — frame, title, column titles, rows, footer — reads exactly the rows on
/// screen, however many clusters are loaded: render cost in row reads does not grow with the fleet.
@Suite struct PaneRowReadsTests {
    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 50, columns: 200)]

    /// A console holding `count` clusters, loaded in pages of 2,000 as OCP sends them.
    static func fleet(_ count: Int) -> ConsoleState {
        var driver = SceneDriver()
        driver.send(.start)
        let clusters = (0..<count).map { Cluster(id: Int64($0 + 1), name: "cluster-\(String($0, radix: 36))", obVersion: "4.2.1.0") }
        for start in stride(from: 0, to: count, by: 2000) {
            driver.send(.list(.pageLoaded(generation: 1, clusters: Array(clusters[start..<min(count, start + 2000)]).map(ClusterSummary.init))))
        }
        driver.send(.list(.loadFinished(generation: 1, .success(count))))
        return driver.state
    }

    static let small = fleet(1000)
    static let large = fleet(100_000)

    /// The positions a person reaches: the top, a few pages down, the end, and a filter.
    static let positions: [(name: String, actions: [ConsoleAction])] = [
        ("top", []), ("three pages down", Array(repeating: .list(.pageDown), count: 3)), ("end", [.list(.jumpToEnd)]),
        ("filtered", [.list(.beginFilter), .list(.filterTyped("7")), .list(.filterTyped("a"))]),
    ]

    /// Draws the list pane as the renderer lays it out, counting the rows it reads.
    static func draw(_ state: ConsoleState, size: Size) -> (reads: [Int], screen: ScreenBuffer, rect: Rect) {
        var pane = ClusterListPane(state: state, options: RenderOptions())
        var reads: [Int] = []
        let list = state.list
        pane.visibleRow = { index in
            reads.append(index)
            return list.row(atVisible: index)
        }
        let rect = ConsoleLayout(size: size).listPane
        var screen = ScreenBuffer(size: size)
        pane.draw(into: &screen, rect: rect)
        return (reads, screen, rect)
    }

    @Test(arguments: sizes) func theRowsReadAreTheRowsShownAtAnyFleetSize(size: Size) {
        for (name, actions) in Self.positions {
            var readCounts: [Int] = []
            for fleet in [Self.small, Self.large] {
                var driver = SceneDriver()
                driver.state = fleet
                driver.send(.viewportChanged(rows: ConsoleRenderer.listViewportRows(for: size)))
                for action in actions { driver.send(action) }
                let list = driver.state.list
                let (reads, screen, rect) = Self.draw(driver.state, size: size)
                let shown = min(list.viewportRows, list.visibleCount - list.scrollTop)
                #expect(reads == Array(list.scrollTop..<list.scrollTop + shown), "\(name), \(list.rows.count) clusters")
                readCounts.append(reads.count)
                let rendered = ConsoleRenderer.render(driver.state, size: size)
                for row in rect.row..<rect.bottom {
                    let columns = rect.column..<rect.right
                    #expect(columns.map { rendered.cell(row: row, column: $0) } == columns.map { screen.cell(row: row, column: $0) })
                }
            }
            #expect(readCounts[0] == readCounts[1] || name == "filtered", "\(name): the same reads for 1,000 and 100,000 clusters")
        }
    }
}
