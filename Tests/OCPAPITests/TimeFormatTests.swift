import Foundation
import OCPAPI
import Testing

/// The three timestamp shapes, offset times and RFC 1123 dates.
struct TimeFormatTests {
    @Test(arguments: [
        ("2021-09-23T15:31:29.276+08:00", 1_632_382_289.276),
        ("2021-09-16T02:00:10.986847+08:00", 1_631_728_810.986847),
        ("2021-09-16T17:25:02.993+0800", 1_631_784_302.993),
        ("2020-11-29T22:23:12+08:00", 1_606_659_792),
        ("2020-11-29T14:23:12Z", 1_606_659_792),
    ])
    func parsesEveryTimestampShape(text: String, epoch: Double) throws {
        let date = try #require(OCPTimestamp.parse(text))
        #expect(abs(date.timeIntervalSince1970 - epoch) < 0.000_5)
    }

    @Test func keepsUnparseableTextAndEpochMillis() throws {
        let stamp = OCPTimestamp(raw: "yesterday")
        #expect(stamp.date == nil)
        #expect(stamp.raw == "yesterday")
        let fromNumber = try JSONDecoder().decode(OCPTimestamp.self, from: Data("1606659792000".utf8))
        #expect(fromNumber.date == Date(timeIntervalSince1970: 1_606_659_792))
    }

    @Test func formatsInOCPShape() {
        let stamp = OCPTimestamp(date: Date(timeIntervalSince1970: 1_632_382_289.276), offsetSeconds: 8 * 3600)
        #expect(stamp.raw == "2021-09-23T15:31:29.276+08:00")
    }

    @Test func scheduleTimeIsStrict() throws {
        let time = try #require(ScheduleTime.parse("02:00:00.000+08:00"))
        #expect(time == ScheduleTime(hour: 2, minute: 0, offsetSeconds: 28_800))
        #expect(time.description == "02:00:00.000+08:00")
        #expect(time.shortClock == "02:00")
        #expect(ScheduleTime.parse("23:59:59.999-05:30")?.offsetSeconds == -19_800)
        for bad in ["2:00:00.000+08:00", "02:00:00+08:00", "02:00:00.000+0800", "24:00:00.000+08:00", "02:00:00.000Z", ""] {
            #expect(ScheduleTime.parse(bad) == nil, "\(bad)")
        }
    }

    @Test func httpDateRoundTrips() throws {
        let date = Date(timeIntervalSince1970: 1_673_946_837)
        #expect(HTTPDate.format(date) == "Tue, 17 Jan 2023 09:13:57 GMT")
        #expect(HTTPDate.parse("Tue, 17 Jan 2023 09:13:57 GMT") == date)
        #expect(HTTPDate.parse("Mon, 3 Jan 2010 01:02:03 GMT") == Date(timeIntervalSince1970: 1_262_480_523))
        #expect(HTTPDate.parse("Tue, 17 Jan 2023 09:13:57") == nil)
    }

    @Test func versionsCompareNumerically() {
        #expect(OBVersion("2.2.77")! > OBVersion("2.2.8")!)
        #expect(OBVersion("4.2.1.0") == OBVersion("4.2.1"))
        #expect(OBVersion("3.1.4-bp1")! == OBVersion(3, 1, 4))
        #expect(OBVersion("x.y") == nil)
    }
}
