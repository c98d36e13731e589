import ConsoleCore
import OCPAPI
import Testing

@testable import ConsoleUI

/// Drawing a huge list reads only the rows on screen.
@Suite struct ListCostTests {
    @Test func drawsOnlyTheVisibleRowsOfAHundredThousand() {
        var driver = SceneDriver()
        let clusters = (0..<100_000).map { Cluster(id: Int64($0), name: "cluster-\($0)", obVersion: "4.2.1.0") }
        let size = Size(rows: 24, columns: 80)
        driver.send(.start, .viewportChanged(rows: ConsoleRenderer.listViewportRows(for: size)))
        driver.send(
            .list(.pageLoaded(generation: 1, clusters: clusters.map(ClusterSummary.init))),
            .list(.loadFinished(generation: 1, .success(clusters.count))))
        driver.send(.list(.pageDown), .list(.pageDown))
        let list = driver.state.list
        var screen = ScreenBuffer(size: size)
        var reads: [Int] = []
        var healthReads: [Int64] = []
        let rect = Rect(row: 0, column: 0, rows: ConsoleRenderer.listViewportRows(for: size), columns: 44)
        ClusterListPane.drawRows(
            into: &screen, rect: rect, columns: ClusterColumns(width: 44), count: list.visibleCount, cursor: list.cursor,
            scrollTop: list.scrollTop, focused: true, marker: ">",
            row: { index in
                reads.append(index)
                return list.row(atVisible: index)
            },
            health: { id in
                healthReads.append(id)
                return (nil, false)
            })
        #expect(reads.count == ConsoleRenderer.listViewportRows(for: size))
        #expect(healthReads.count == reads.count)
        #expect(reads.first == list.scrollTop)
        #expect(reads.contains(list.cursor))
    }

    @Test func viewportRowsFollowTheSize() {
        #expect(ConsoleRenderer.listViewportRows(for: Size(rows: 24, columns: 80)) == 16)
        #expect(ConsoleRenderer.listViewportRows(for: Size(rows: 40, columns: 120)) == 32)
        #expect(ConsoleRenderer.listViewportRows(for: Size(rows: 8, columns: 30)) == 16)
    }

    @Test func aCursorMoveChangesOnlyTwoRows() {
        var driver = SceneDriver()
        driver.load(SceneData.clusters)
        let before = ConsoleRenderer.render(driver.state, size: Size(rows: 24, columns: 80))
        driver.send(.list(.moveDown))
        let after = ConsoleRenderer.render(driver.state, size: Size(rows: 24, columns: 80))
        let changed = (0..<24).filter { row in
            (0..<80).contains { before.cell(row: row, column: $0) != after.cell(row: row, column: $0) }
        }
        #expect(changed.count == 2)
    }
}
