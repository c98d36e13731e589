import Foundation
import OCPAPI
import Testing

/// The wording of durations, ages and local times the command line and the console share.
struct OperationTextTests {
    @Test(arguments: [
        (0.0, "0 s"), (0.9, "0 s"), (45, "45 s"), (60, "1 min"), (125, "2 min 5 s"), (3599, "59 min 59 s"), (3600, "1 h"),
        (3780, "1 h 3 min"), (86_400, "1 d"), (187_200, "2 d 4 h"), (-5, "0 s"), (.infinity, "0 s"),
    ])
    func preciseDurationsSayTheTwoLargestUnits(seconds: Double, text: String) {
        #expect(DurationText.precise(seconds) == text)
    }

    @Test func agesAreJudgedAtTheGivenNow() {
        let now = Date(timeIntervalSince1970: 1_717_214_400)
        #expect(DurationText.ago(now.addingTimeInterval(-7200), now: now) == "2 h ago")
        #expect(DurationText.ago(now.addingTimeInterval(-0.4), now: now) == "just now")
        #expect(DurationText.ago(now.addingTimeInterval(300), now: now) == "in 5 min")
    }

    @Test func localTimesCarryTheZonesOffsetAndTheAge() throws {
        let now = try #require(OCPTimestamp.parse("2024-06-01T12:00:00+08:00"))
        let shanghai = try #require(TimeZone(identifier: "Asia/Shanghai"))
        let text = LocalTimeText(timeZone: shanghai, now: now)
        let earlier = now.addingTimeInterval(-7205.6)
        #expect(text.time(earlier) == "2024-06-01 09:59:54")
        #expect(text.timeWithAge(earlier) == "2024-06-01 09:59:54 +08:00 (2 h ago)")
        #expect(text.cell(earlier) == "2024-06-01 09:59:54 (2 h ago)")
        let utc = LocalTimeText(timeZone: try #require(TimeZone(identifier: "UTC")), now: now)
        #expect(utc.timeWithOffset(earlier) == "2024-06-01 01:59:54 +00:00")
    }

    @Test func aSharedOffsetIsNamedOnlyWhenEveryTimeHasIt() throws {
        let berlin = LocalTimeText(timeZone: try #require(TimeZone(identifier: "Europe/Berlin")), now: Date())
        let winter = try #require(OCPTimestamp.parse("2024-03-30T12:00:00Z"))
        let summer = try #require(OCPTimestamp.parse("2024-04-01T12:00:00Z"))
        #expect(berlin.sharedOffset([winter, winter]) == "+01:00")
        #expect(berlin.sharedOffset([winter, summer]) == nil)
        #expect(berlin.sharedOffset([]) == nil)
    }
}
