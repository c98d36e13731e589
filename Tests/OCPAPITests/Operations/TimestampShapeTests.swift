import Foundation
import OCPAPI
import Testing

/// Every timestamp shape of the operations pages, exact to the microsecond, the placeholder,
/// the shapes the simulator writes, and the query form of time filters.
struct TimestampShapeTests {
    @Test(arguments: [
        ("2021-09-16T17:25:02.993+0800", Int64(1_631_784_302_993_000)),
        ("2020-01-01T00:00:00+08:00", 1_577_808_000_000_000),
        ("2021-08-06T17:37:58.01+08:00", 1_628_242_678_010_000),
        ("2021-09-16T02:00:10.986847+08:00", 1_631_728_810_986_847),
        ("2024-08-02T16:01:41.862678516+08:00", 1_722_585_701_862_678),
        ("2024-08-07T10:29:03.21621827+08:00", 1_722_997_743_216_218),
        ("2020-12-03T01:44:04Z", 1_606_959_844_000_000),
        ("2024-08-09T08:02:57.715753Z", 1_723_190_577_715_753),
        ("2024-08-09T08:02:57.7Z", 1_723_190_577_700_000),
        ("2024-08-09T03:02:57-05:00", 1_723_190_577_000_000),
    ])
    func everyShapeToTheMicrosecond(text: String, micros: Int64) throws {
        let stamp = OCPTimestamp(raw: text)
        #expect(stamp.epochMicroseconds == micros)
        let date = try #require(stamp.date)
        #expect(abs(date.timeIntervalSince1970 - Double(micros) / 1_000_000) < 0.000_01)
    }

    @Test func theEpochPlaceholderIsNoDate() {
        for text in ["1970-01-01T08:00:00+08:00", "1970-01-01T00:00:00Z", "1970-01-01T00:00:00.000+0000"] {
            let stamp = OCPTimestamp(raw: text)
            #expect(stamp.isPlaceholder && stamp.date == nil && stamp.epochMicroseconds == nil, "\(text)")
            #expect(stamp.raw == text)
        }
        #expect(!OCPTimestamp(raw: "1970-01-02T08:00:01+08:00").isPlaceholder)
        #expect(OCPTimestamp(raw: "2024-01-01T00:00:00.1234567890Z").date == nil, "ten digits are not a shape OCP writes")
    }

    @Test func theShapesOCPWrites() {
        let date = Date(timeIntervalSince1970: 1_631_728_810.986_847)
        let offset = 8 * 3600
        #expect(OCPTimestamp.format(date, offsetSeconds: offset, style: .envelope) == "2021-09-16T02:00:10.986+08:00")
        #expect(OCPTimestamp.format(date, offsetSeconds: offset, style: .javaDate) == "2021-09-16T02:00:10.986+0800")
        #expect(OCPTimestamp.format(date, offsetSeconds: offset, style: .microseconds) == "2021-09-16T02:00:10.986847+08:00")
        #expect(OCPTimestamp.format(date, offsetSeconds: offset, style: .nanoseconds) == "2021-09-16T02:00:10.986847000+08:00")
        #expect(OCPTimestamp.format(date, offsetSeconds: 0, style: .utcMicroseconds) == "2021-09-15T18:00:10.986847Z")
        let whole = Date(timeIntervalSince1970: 1_628_242_678.01)
        #expect(OCPTimestamp.format(whole, offsetSeconds: offset, style: .trimmed) == "2021-08-06T17:37:58.01+08:00")
        #expect(OCPTimestamp.format(whole.addingTimeInterval(-0.01), offsetSeconds: offset, style: .trimmed) == "2021-08-06T17:37:58+08:00")
        #expect(OCPTimestamp.format(date, offsetSeconds: -19_800, style: .envelope) == "2021-09-15T12:30:10.986-05:30")
        #expect(OCPTimestamp(date: date, offsetSeconds: offset, style: .microseconds).epochMicroseconds == 1_631_728_810_986_847)
    }

    @Test func timeFiltersAreWholeSecondsInUTCAndPercentEncoded() {
        let range = OCPTimeRange(start: Date(timeIntervalSince1970: 1_722_902_400.7), end: Date(timeIntervalSince1970: 1_722_988_800.2))
        #expect(range.items == [QueryItem("startTime", "2024-08-06T00:00:00Z"), QueryItem("endTime", "2024-08-07T00:00:01Z")])
        let request = OCPClient.dataBackupTasksRequest(clusterId: 7, range: range, page: 1, size: 50)
        #expect(
            request.pathAndQuery
                == "/api/v2/ob/clusters/7/backup/task/dataBackupTasks?endTime=2024-08-07T00%3A00%3A01Z&page=1&size=50&startTime=2024-08-06T00%3A00%3A00Z"
        )
        let week = OCPTimeRange.lastSevenDays(before: Date(timeIntervalSince1970: 1_722_988_800))
        #expect(week.items.first == QueryItem("startTime", "2024-07-31T00:00:00Z"))
    }
}
