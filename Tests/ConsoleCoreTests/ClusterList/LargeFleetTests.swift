import OCPAPI
import Testing

@testable import ConsoleCore

/// 100,000 clusters: the work of filtering and moving is counted, never timed.
@Suite struct LargeFleetTests {
    static let fleet: ClusterListState = {
        var list = ClusterListState()
        for page in 0..<50 {
            list.merge(
                (0..<2000).map { index in
                    let id = Int64(page * 2000 + index + 1)
                    return Fixtures.cluster(id, "cluster-\(String(id, radix: 36))", version: index % 2 == 0 ? "4.2.1.0" : "3.1.4")
                })
        }
        list.setViewport(rows: 40)
        return list
    }()

    @Test func allPagesMergeIntoOneSortedList() {
        let list = Self.fleet
        #expect(list.visibleCount == 100_000)
        let names = (0..<1000).map { list.row(atVisible: $0).nameKey }
        #expect(names == names.sorted())
        #expect(list.visibleRows.count == 40)
    }

    @Test func eachAppendedCharacterScansOnlyThePreviousMatches() {
        var list = Self.fleet
        list.appendFilter("c")
        #expect(list.lastFilterWork == 100_000)
        let afterFirst = list.visibleCount
        list.appendFilter("l")
        #expect(list.lastFilterWork == afterFirst)
        list.appendFilter("u")
        list.appendFilter("s")
        list.appendFilter("t")
        list.appendFilter("e")
        list.appendFilter("r")
        list.appendFilter("-")
        list.appendFilter("z")
        list.appendFilter("z")
        let narrow = list.visibleCount
        list.appendFilter("z")
        #expect(list.lastFilterWork == narrow)
        #expect(narrow < 200)
        #expect(list.visibleRows.allSatisfy { $0.name.contains("zzz") })
        list.deleteFilterBackward()
        #expect(list.lastFilterWork == 0, "removing a character reuses the cached result")
        #expect(list.visibleCount == narrow)
    }

    @Test func movingAndReadingVisibleRowsTouchOnlyTheViewport() {
        var list = Self.fleet
        list.move(.jumpToEnd)
        #expect(list.cursor == 99_999)
        #expect(list.scrollTop == 100_000 - 40)
        #expect(list.visibleRows.count == 40)
        list.move(.pageUp)
        #expect(list.cursor == 99_959)
        #expect(list.selectedId == list.row(atVisible: 99_959).cluster.id)
    }

    @Test func theSelectionSurvivesAFilterThatHidesIt() {
        var list = Self.fleet
        list.place(cursor: 54_321)
        let chosen = list.selectedId
        list.appendFilter("q")
        list.appendFilter("q")
        #expect(list.selectedId == chosen)
        #expect(list.visibleCount < 100_000)
        list.clearFilter()
        #expect(list.cursor == 54_321)
        #expect(list.highlighted?.cluster.id == chosen)
    }
}
