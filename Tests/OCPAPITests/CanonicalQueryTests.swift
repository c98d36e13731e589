import OCPAPI
import Testing

/// The canonical query: what is signed is what is sent.
struct CanonicalQueryTests {
    @Test func sortsKeysAndGroupsRepeatedKeysWithSortedValues() {
        let items = [QueryItem("status", "STOPPED"), QueryItem("page", "2"), QueryItem("status", "RUNNING")]
        #expect(CanonicalQuery.string(items) == "page=2&status=RUNNING%2CSTOPPED")
    }

    @Test func encodesSpacesCommasAndReservedCharactersRFC3986() {
        let items = [QueryItem("name", "a b,c"), QueryItem("q", "x~y*z/+")]
        #expect(CanonicalQuery.string(items) == "name=a%20b%2Cc&q=x~y%2Az%2F%2B")
        #expect(CanonicalQuery.string(items, style: .formURL) == "name=a+b%2Cc&q=x%7Ey*z%2F%2B")
    }

    @Test func encodesCJKAsUTF8Bytes() {
        #expect(CanonicalQuery.string([QueryItem("name", "交易")]) == "name=%E4%BA%A4%E6%98%93")
    }

    @Test func dropsEmptyValuesButKeepsTheKey() {
        #expect(CanonicalQuery.string([QueryItem("a", ""), QueryItem("a", "1"), QueryItem("b", "")]) == "a=1&b=")
    }

    @Test func ordersKeysByUTF16CodeUnitsLikeJava() {
        let items = [
            QueryItem("b", "1"), QueryItem("B", "1"), QueryItem("ab", "1"), QueryItem("a", "1"), QueryItem("\u{1F600}", "1"),
            QueryItem("\u{FF21}", "1"),
        ]
        let keys = CanonicalQuery.string(items).split(separator: "&").map { $0.split(separator: "=")[0] }
        #expect(keys == ["B", "a", "ab", "b", "%F0%9F%98%80", "%EF%BC%A1"])
    }

    @Test func pathAlonewhenThereAreNoItems() {
        #expect(CanonicalQuery.pathAndQuery(path: "/api/v2/info", items: []) == "/api/v2/info")
    }

    @Test func parsesAReceivedQueryBackToItems() {
        let items = PercentEncoding.parseQuery("name=a%20b+c&status=RUNNING%2CSTOPPED&flag")
        #expect(items == [QueryItem("name", "a b c"), QueryItem("status", "RUNNING,STOPPED"), QueryItem("flag", "")])
    }

    @Test func clusterQueryClampsThePageSize() {
        let items = ClusterQuery(name: "交易", statuses: [.running, .stopped], sort: "name,asc").items(page: 0, size: 5000)
        #expect(items.contains(QueryItem("size", "2000")))
        #expect(items.contains(QueryItem("page", "1")))
        #expect(items.filter { $0.name == "status" }.map(\.value) == ["RUNNING", "STOPPED"])
        #expect(
            CanonicalQuery.string(items) == "name=%E4%BA%A4%E6%98%93&page=1&size=2000&sort=name%2Casc&status=RUNNING%2CSTOPPED")
    }
}
