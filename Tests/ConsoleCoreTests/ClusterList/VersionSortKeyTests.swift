import OCPAPI
import Testing

@testable import ConsoleCore

/// The list's version key orders exactly as `OBVersion` does, packed or not.
@Suite struct VersionSortKeyTests {
    static let versions = [
        "4.2.1.0", "4.2.1", "4.2", "4", "3.1.4", "2.2.77", "2.2.76", "4.3.2.0", "4.2.5.1", "4.2.1.0.1", "4.2.1.0.0", "70000.1",
        "4.65535.0", "4.65536", "1.0.0.0", "0.0.0.1",
    ].map { OBVersion($0)! }

    @Test func ordersAndEqualsAsTheVersionsDo() {
        for left in Self.versions {
            for right in Self.versions {
                let keys = (VersionSortKey(left), VersionSortKey(right))
                #expect((keys.0 < keys.1) == (left < right), "\(left) < \(right)")
                #expect((keys.0 == keys.1) == (left == right), "\(left) == \(right)")
            }
        }
    }

    @Test func commonVersionsArePackedAndOthersKeepTheirParts() {
        #expect(VersionSortKey(OBVersion(4, 2, 1, 0)) == .packed(0x0004_0002_0001_0000))
        #expect(VersionSortKey(OBVersion(2, 2, 77)) == .packed(0x0002_0002_004D_0000))
        guard case .parts = VersionSortKey(OBVersion(4, 2, 1, 0, 1)) else {
            Issue.record("a five-part version cannot be packed")
            return
        }
        guard case .parts = VersionSortKey(OBVersion(4, 65536)) else {
            Issue.record("a part above 65,535 cannot be packed")
            return
        }
        #expect(VersionSortKey(OBVersion(4, 2)).version == OBVersion(4, 2, 0, 0))
    }

    @Test func rowsSortByVersionThenName() {
        var list = ClusterListState()
        list.merge([
            ClusterSummary(id: 1, name: "b", obVersion: "4.2.1.0"), ClusterSummary(id: 2, name: "a", obVersion: "4.2.1"),
            ClusterSummary(id: 3, name: "c", obVersion: "3.1.4"), ClusterSummary(id: 4, name: "d", obVersion: "4.2.1.0.1"),
            ClusterSummary(id: 5, name: "e", obVersion: nil), ClusterSummary(id: 6, name: "f", obVersion: "70000"),
        ])
        list.sort(by: .version)
        #expect((0..<list.visibleCount).map { list.row(atVisible: $0).name } == ["c", "a", "b", "d", "f", "e"])
    }
}
