import Foundation
import OCPAPI
import Testing

@testable import ConsoleCore

/// Step 2: the time typed, accepted only inside a window; the nearest times offered otherwise.
@Suite struct RestorePointInTimeTests {
    @Test func theLatestRecoverableTimeIsTheDefaultInTheSourcesOffset() {
        let state = RestoreHarness.at(.pointInTime)
        #expect(state.restore?.form.dateText == "2026-11-20")
        #expect(state.restore?.form.timeText == "19:59:00")
        #expect(state.restore?.form.offsetText == "+08:00")
    }

    @Test func aTimeInsideAWindowGoesOn() {
        var state = RestoreHarness.at(.pointInTime)
        RestoreHarness.type(date: "2026-11-16", time: "04:00:00", offset: "Z", into: &state)
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.step == .target)
    }

    @Test func aTimeInTheGapIsRefusedAndTheNearestTimesAreOffered() throws {
        var state = RestoreHarness.at(.pointInTime)
        // The gap runs from 2026-11-17 12:00Z to 2026-11-18 12:00Z.
        RestoreHarness.type(date: "2026-11-18", time: "08:00:00", offset: "+08:00", into: &state)
        RestoreHarness.apply([.nextStep], to: &state)
        let wizard = try #require(state.restore)
        #expect(wizard.step == .pointInTime)
        #expect(
            wizard.fieldErrors[.time]
                == "2026-11-18T08:00:00.000+08:00 is not inside a recoverable window of tenant 交易 (latest before: "
                + "2026-11-17T20:00:00.000+08:00; earliest after: 2026-11-18T20:00:00.000+08:00).")
        #expect(wizard.nearest == NearestRecoverableTimes(before: RestoreFixtures.gapStart, after: RestoreFixtures.gapEnd))
        RestoreHarness.apply([.takeLater], to: &state)
        #expect(state.restore?.form.dateText == "2026-11-18")
        #expect(state.restore?.form.timeText == "20:00:00")
        #expect(state.restore?.nearest == nil)
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.step == .target)
    }

    @Test func theEarlierTimeIsTheEndOfTheWindowBefore() {
        var state = RestoreHarness.at(.pointInTime)
        RestoreHarness.type(date: "2026-11-18", time: "00:00:00", offset: "+00:00", into: &state)
        RestoreHarness.apply([.nextStep, .takeEarlier], to: &state)
        #expect(state.restore?.form.dateText == "2026-11-17")
        #expect(state.restore?.form.timeText == "12:00:00")
        #expect(state.restore?.form.offsetText == "+00:00")
    }

    @Test func aFutureTimeAndUnreadableTextAreRefused() {
        var state = RestoreHarness.at(.pointInTime)
        RestoreHarness.type(date: "2026-11-21", time: "00:00:00", offset: "+08:00", into: &state)
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.step == .pointInTime)
        #expect(state.restore?.fieldErrors[.time] == "2026-11-21T00:00:00.000+08:00 is in the future (it is now 2026-11-20T20:00:00.000+08:00).")
        RestoreHarness.type(date: "2026-13-01", time: "00:00", offset: "+08:00", into: &state)
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.fieldErrors[.date] == "Type the date as YYYY-MM-DD, for example 2026-11-20.")
        RestoreHarness.type(date: "2026-11-20", time: "10:00", offset: "", into: &state)
        RestoreHarness.apply([.nextStep], to: &state)
        #expect(state.restore?.fieldErrors[.offset] == "Type the UTC offset as ±HH:MM, for example +08:00.")
    }

    @Test func timeTextsRoundTripToTheMillisecond() {
        let instant = Date(timeIntervalSince1970: 1_795_176_000.123)
        let texts = RestoreTimeText.texts(instant, offset: -5 * 3600)
        #expect(texts.date == "2026-11-20" && texts.time == "07:00:00.123" && texts.offset == "-05:00")
        let parsed = try? RestoreTimeText.parse(date: texts.date, time: texts.time, offset: texts.offset).get()
        #expect(parsed.map(RecoverableWindow.microseconds) == RecoverableWindow.microseconds(instant))
        #expect(RestoreTimeText.parse(date: "2026-02-29", time: "00:00", offset: "Z") == .failure(.date))
    }
}
