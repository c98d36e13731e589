import Foundation
import OCPAPI
import Testing

/// A subtask log split into its runs at the banners, and its tail made safe to print.
struct SubtaskLogRunsTests {
    static let banner1 = "############{EXECUTE}{2021-08-25T15:09:32.697+08:00}############"
    static let banner2 = "############{RETRY}{2021-08-25T16:00:00.1+08:00}############"

    @Test func runsStartAtEachBanner() throws {
        let log = SubtaskLog(log: "preamble\n\(Self.banner1)\nline 1\n\nline 2\n\n\(Self.banner2)\nretry 1\n\nretry 2\n")
        let runs = log.runs
        #expect(runs.count == 3)
        #expect(runs[0].operation == nil && runs[0].lines == ["preamble"])
        #expect(runs[1].operation == .execute && runs[1].startTime?.epochMicroseconds == 1_629_875_372_697_000)
        #expect(runs[1].lines == ["line 1", "line 2"])
        #expect(runs[2].operation == .retry && runs[2].lines == ["retry 1", "retry 2"])
        #expect(log.tail(1) == ["retry 2"] && log.tail(5) == ["retry 1", "retry 2"] && log.tail(0) == [])
    }

    @Test func linesThatOnlyLookLikeBannersAreText() {
        let texts = [
            "###########{EXECUTE}{2021-08-25T15:09:32.697+08:00}############", "############{execute}{t}############",
            "############{EXECUTE}{}############", "############{EXECUTE}2021############", "x############{EXECUTE}{t}############",
        ]
        for text in texts {
            #expect(SubtaskLog(log: text + "\nafter").runs.count == 1, "\(text)")
        }
        #expect(SubtaskLog(log: "").runs.isEmpty)
        #expect(SubtaskLog(log: Self.banner1).runs.map(\.lines) == [[]], "a run that has just begun")
    }

    @Test func theTailIsSanitized() {
        let log = SubtaskLog(log: "\(Self.banner1)\nred \u{1B}[31malert\u{07}\nbidi \u{202E}txt.exe\r\n")
        #expect(log.tail(2) == ["red \u{FFFD}[31malert\u{FFFD}", "bidi \u{FFFD}txt.exe\u{FFFD}"])
    }

    @Test func aLogOfManyMegabytesSplitsWithoutLosingALine() {
        let line = String(repeating: "x", count: 99)
        let body = Array(repeating: line, count: 110_000).joined(separator: "\n")
        let log = SubtaskLog(log: "\(Self.banner1)\n\(body)\n\(Self.banner2)\nlast\n")
        let runs = log.runs
        #expect(log.log.utf8.count > 10_000_000)
        #expect(runs.count == 2 && runs[0].lines.count == 110_000 && runs[1].lines == ["last"])
    }
}
