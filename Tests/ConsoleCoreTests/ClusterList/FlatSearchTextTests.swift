import OCPAPI
import Testing

@testable import ConsoleCore

/// The search texts live in one byte array in sort order: the filter finds exactly the rows a
/// plain byte search of each row's own text finds, after pages merge, a refresh replaces the
/// rows, the order changes, and characters are typed and deleted.
@Suite struct FlatSearchTextTests {
    static let names = [
        "pay-hz-1", "生产库-bj-2", "账单🚀-sz-3", "café-sg-4", "cafe\u{301}-hz-5", "👩‍💻-ops-6", "ÅSTRÖM-sh-7", "Order-SH-8", "", "e",
    ]
    static let needles = ["e", "é", "e\u{301}", "生产", "🚀-s", "-s", "4.2", "run", "ström", "zz", "1\u{1F}", "\u{1F}stopped", "👩‍💻"]

    static func clusters(_ range: Range<Int>, suffix: String = "") -> [Cluster] {
        range.map { index in
            Fixtures.cluster(
                Int64(index + 1), "\(names[index % names.count])\(suffix)#\(index)", version: index % 3 == 0 ? "4.2.1.0" : "3.1.4",
                status: index % 4 == 0 ? .stopped : .running)
        }
    }

    /// The visible names the old per-row search gives: every row in sort order whose own text
    /// contains the lower-cased needle as bytes.
    static func expected(_ list: ClusterListState, _ needle: String) -> [String] {
        let pattern = Array(needle.lowercased().utf8)
        return list.order.map { list.rows[$0] }.filter { contains($0.searchText, pattern) }.map(\.name)
    }

    static func visible(_ list: ClusterListState) -> [String] {
        (0..<list.visibleCount).map { list.row(atVisible: $0).name }
    }

    static func contains(_ text: [UInt8], _ pattern: [UInt8]) -> Bool {
        guard pattern.count <= text.count else { return false }
        return (0...(text.count - pattern.count)).contains { Array(text[$0..<($0 + pattern.count)]) == pattern }
    }

    static func pagedList(_ pages: [Range<Int>]) -> ClusterListState {
        var list = ClusterListState()
        for page in pages { list.merge(clusters(page)) }
        list.setViewport(rows: 10)
        return list
    }

    /// Whether the text at each sort position is the text of the row there.
    static func textsFollowTheOrder(_ list: ClusterListState) -> Bool {
        list.searchTexts.count == list.order.count
            && list.order.indices.allSatisfy { Array(list.searchTexts.text(atRank: $0)) == list.rows[list.order[$0]].searchText }
    }

    @Test func everyRowsTextIsStoredInSortOrderAsPagesMergeAndTheSortChanges() {
        var list = Self.pagedList([20..<27, 0..<1, 27..<40, 1..<20])
        #expect(list.searchTexts.count == 40)
        #expect(Self.textsFollowTheOrder(list))
        for key in [ClusterSortKey.status, .version, .name, .version] {
            list.sort(by: key)
            #expect(Self.textsFollowTheOrder(list), "sorted by \(key)")
            list.merge(Self.clusters((40 + list.rows.count)..<(43 + list.rows.count)))
            #expect(Self.textsFollowTheOrder(list), "a page merged while sorted by \(key)")
        }
    }

    @Test(arguments: needles)
    func typingAndDeletingMatchesTheRowByRowSearch(needle: String) {
        var list = Self.pagedList([0..<7, 7..<8, 8..<40])
        var typed = ""
        for character in needle {
            list.appendFilter(character)
            typed.append(character)
            #expect(Self.visible(list) == Self.expected(list, typed), "typed \(typed.debugDescription)")
        }
        while !typed.isEmpty {
            list.deleteFilterBackward()
            typed.removeLast()
            #expect(Self.visible(list) == Self.expected(list, typed), "after deleting to \(typed.debugDescription)")
        }
        #expect(list.visibleCount == 40)
    }

    @Test(arguments: needles)
    func sortingAndAPageArrivingWhileFilteredMatchTheRowByRowSearch(needle: String) {
        var list = Self.pagedList([0..<25])
        for character in needle { list.appendFilter(character) }
        for key in [ClusterSortKey.status, .version, .name] {
            list.sort(by: key)
            #expect(Self.visible(list) == Self.expected(list, needle), "sorted by \(key)")
        }
        list.merge(Self.clusters(25..<60))
        #expect(Self.visible(list) == Self.expected(list, needle))
        #expect(list.searchTexts.count == 60)
    }

    @Test(arguments: needles)
    func aRefreshReplacesEveryText(needle: String) {
        var list = Self.pagedList([0..<30])
        for character in needle { list.appendFilter(character) }
        let generation = list.beginLoad()
        list.receive(page: Self.clusters(10..<35, suffix: "-new"), generation: generation)
        list.receive(page: Self.clusters(35..<50, suffix: "-new"), generation: generation)
        list.finish(.success(40), generation: generation)
        #expect(list.rows.count == 40)
        #expect(list.searchTexts.count == 40)
        #expect(Self.textsFollowTheOrder(list))
        #expect(Self.visible(list) == Self.expected(list, needle))
        #expect(Self.visible(list).allSatisfy { $0.contains("-new#") })
    }

    @Test(arguments: needles)
    func narrowingCandidatesReadsOnlyTheirTextsAndFindsTheRowByRowMatches(needle: String) {
        let list = Self.pagedList([0..<7, 7..<8, 8..<40])
        let pattern = Array(needle.lowercased().utf8)
        for candidates in [Array(0..<40), Array(stride(from: 0, to: 40, by: 3)), [5], []] {
            let found = list.searchTexts.ranks(candidates, containing: pattern)
            #expect(found == candidates.filter { Self.contains(list.rows[list.order[$0]].searchText, pattern) })
        }
        #expect(list.searchTexts.ranksContaining(pattern) == (0..<40).filter { Self.contains(list.rows[list.order[$0]].searchText, pattern) })
    }

    @Test func aMatchNeverSpansTwoRowsTexts() {
        var texts = SearchTexts()
        for text in ["ab", "", "cd", "b", "cde", "abc"] { texts.append(Array(text.utf8)) }
        #expect(texts.ranksContaining(Array("bc".utf8)) == [5])
        #expect(texts.ranksContaining(Array("c".utf8)) == [2, 4, 5])
        #expect(texts.ranksContaining(Array("cde".utf8)) == [4])
        #expect(texts.ranksContaining(Array("abcd".utf8)).isEmpty)
        #expect(texts.ranks([0, 1, 3, 4, 5], containing: Array("c".utf8)) == [4, 5])
        let reversed = texts.permuted([5, 4, 3, 2, 1, 0])
        #expect((0..<6).map { String(decoding: reversed.text(atRank: $0), as: UTF8.self) } == ["abc", "cde", "b", "cd", "", "ab"])
        #expect(reversed.ranksContaining(Array("c".utf8)) == [0, 1, 3])
        var spliced = SearchTexts()
        spliced.append(Array("x".utf8))
        spliced.append(1..<4, of: texts)
        spliced.append(4..<4, of: texts)
        #expect((0..<4).map { String(decoding: spliced.text(atRank: $0), as: UTF8.self) } == ["x", "", "cd", "b"])
        texts.removeAll()
        #expect(texts.count == 0)
        #expect(texts.ranksContaining(Array("a".utf8)).isEmpty)
    }
}
