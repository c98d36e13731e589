import OCPAPI
import Testing

@testable import ConsoleCore

@Suite struct SchedulePreviewTests {
    let now: Int64 = 1_795_176_000  // Friday 2026-11-20 12:00Z, 20:00 at +08:00
    let twoAM = ScheduleTime(hour: 2, minute: 0, offsetSeconds: 8 * 3600)

    @Test func theNextFiveRunsInTheScheduleOffsetAndInLocalTime() {
        let runs = SchedulePreview.nextRuns(
            mode: .week, days: ["2": .full, "4": .full, "6": .incremental], time: twoAM, now: now, localOffset: -5 * 3600)
        #expect(
            runs.map(\.scheduleText) == [
                "2026-11-21 Sat 02:00 UTC+08:00", "2026-11-24 Tue 02:00 UTC+08:00", "2026-11-26 Thu 02:00 UTC+08:00",
                "2026-11-28 Sat 02:00 UTC+08:00", "2026-12-01 Tue 02:00 UTC+08:00",
            ])
        #expect(runs[0].localText == "2026-11-20 Fri 13:00 UTC-05:00")
        #expect(runs.map(\.kind) == [.incremental, .full, .full, .incremental, .full])
        #expect(runs[0].epochSeconds == now + 6 * 3600)
    }

    @Test func aRunLaterTodayIsIncludedAndOneAlreadyPastIsNot() {
        let evening = ScheduleTime(hour: 21, minute: 30, offsetSeconds: 8 * 3600)
        let morning = ScheduleTime(hour: 19, minute: 59, offsetSeconds: 8 * 3600)
        #expect(
            SchedulePreview.nextRuns(mode: .week, days: ["5": .full], time: evening, now: now, localOffset: 0, count: 1)[0].scheduleText
                == "2026-11-20 Fri 21:30 UTC+08:00")
        #expect(
            SchedulePreview.nextRuns(mode: .week, days: ["5": .full], time: morning, now: now, localOffset: 0, count: 1)[0].scheduleText
                == "2026-11-27 Fri 19:59 UTC+08:00")
    }

    @Test func monthDaysThatAMonthLacksAreSkipped() {
        let runs = SchedulePreview.nextRuns(mode: .month, days: ["31": .full], time: twoAM, now: now, localOffset: 8 * 3600, count: 3)
        #expect(runs.map(\.scheduleText) == ["2026-12-31 Thu 02:00 UTC+08:00", "2027-01-31 Sun 02:00 UTC+08:00", "2027-03-31 Wed 02:00 UTC+08:00"])
    }

    @Test func theLongestGapBetweenFullBackups() {
        #expect(SchedulePreview.longestFullGapDays(mode: .week, days: ["2": .full, "4": .full, "6": .incremental], time: twoAM, now: now) == 5)
        #expect(SchedulePreview.longestFullGapDays(mode: .week, days: ["6": .full], time: twoAM, now: now) == 7)
        #expect(SchedulePreview.longestFullGapDays(mode: .month, days: ["31": .full], time: twoAM, now: now) == 61)
        #expect(SchedulePreview.longestFullGapDays(mode: .week, days: ["3": .incremental], time: twoAM, now: now) == nil)
    }
}
