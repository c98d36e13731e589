import OCPAPI
import Testing

@testable import ConsoleCore

/// The filter's work is counted in rows examined (never timed): narrowing scans only the
/// previous matches, and the byte search agrees with `String.contains`.
@Suite struct FilterWorkTests {
    static let names = ["pay-hz-000001", "Order-SH-000002", "生产库-bj-000003", "账单-sz-000004", "risk-hz-000005", "café-sg-000006"]

    static var list: ClusterListState {
        var list = ClusterListState()
        list.merge(
            (0..<3000).map { index in
                Cluster(id: Int64(index + 1), name: "\(names[index % names.count])-\(index)", obVersion: index % 3 == 0 ? "4.2.1.0" : "3.1.4")
            })
        list.setViewport(rows: 20)
        return list
    }

    @Test func typingAnotherCharacterAfterABackspaceScansOnlyTheShorterFiltersMatches() {
        var list = Self.list
        list.appendFilter("h")
        list.appendFilter("z")
        let afterHZ = list.visibleCount
        list.appendFilter("-")
        list.deleteFilterBackward()
        #expect(list.lastFilterWork == 0)
        #expect(list.visibleCount == afterHZ)
        list.appendFilter("9")
        #expect(list.lastFilterWork == afterHZ, "only the rows matching 'hz' are examined for 'hz9'")
        #expect(list.visibleCount < afterHZ)
        #expect((0..<list.visibleCount).allSatisfy { list.row(atVisible: $0).name.lowercased().contains("hz9") })
    }

    @Test func eachNarrowingExaminesNoMoreRowsThanThePreviousResult() {
        var list = Self.list
        var previous = list.visibleCount
        for character in "pay-hz-00" {
            list.appendFilter(character)
            #expect(list.lastFilterWork == previous)
            #expect(list.visibleCount <= previous)
            previous = list.visibleCount
        }
        #expect(list.visibleCount == 3000 / Self.names.count)
    }

    @Test(arguments: ["生产", "账单-s", "CAFÉ", "é", "-00000", "4.2.1", "running", "zz", "1.0\u{1F}"])
    func theByteSearchMatchesWhatStringContainsFinds(needle: String) {
        var list = Self.list
        list.clearFilter()
        for character in needle { list.appendFilter(character) }
        let expected = (0..<3000).filter { index in
            let row = list.rows[index]
            return [row.name.lowercased(), row.version.lowercased(), row.status.lowercased()].joined(separator: "\u{1F}")
                .contains(needle.lowercased())
        }
        #expect(list.visibleCount == expected.count)
    }
}
