import Foundation
import OCPAPI
import Testing

/// Reading a typed point in time and writing it as sent.
struct RestorePointInTimeTests {
    static func parsed(_ text: String) throws -> RestorePointInTime { try RestorePointInTime.parse(text).get() }

    @Test func theSpaceAndTheTFormReadTheSameInstantAndAreSentWithT() throws {
        let spaced = try Self.parsed(" 2024-05-31 12:00:00.250+08:00 ")
        let iso = try Self.parsed("2024-05-31T04:00:00.250Z")
        #expect(spaced.microseconds == 1_717_128_000_250_000)
        #expect(spaced.microseconds == iso.microseconds)
        #expect(spaced.offsetSeconds == 8 * 3600 && iso.offsetSeconds == 0)
        #expect(spaced.timestamp.raw == "2024-05-31T12:00:00.250+08:00")
        #expect(try Self.parsed("2024-05-31 12:00:00-0530").timestamp.raw == "2024-05-31T12:00:00.000-05:30")
    }

    @Test func microsecondsAreKeptAndFurtherDigitsDropped() throws {
        let time = try Self.parsed("2024-05-31T12:00:00.1234567+08:00")
        #expect(time.microseconds % 1_000_000 == 123_456)
        #expect(time.timestamp.raw == "2024-05-31T12:00:00.123456+08:00")
    }

    @Test func aTimeWithoutOffsetOrNotATimeIsRefused() {
        #expect(RestorePointInTime.parse("2024-05-31 12:00:00") == .failure(.timeWithoutOffset("2024-05-31 12:00:00")))
        #expect(RestorePointInTime.parse("2024-05-31T12:00:00.5") == .failure(.timeWithoutOffset("2024-05-31T12:00:00.5")))
        for text in ["yesterday", "2024-02-30 12:00:00+08:00", "2024-05-31 25:00:00+08:00", "2024-05-31 12:00:00+08:00x", ""] {
            #expect(RestorePointInTime.parse(text) == .failure(.timeUnreadable(text)), "\(text)")
        }
    }

    @Test func aChosenDateIsCutToTheMillisecondNeverRounded() {
        let time = RestorePointInTime(date: Date(timeIntervalSince1970: 1_717_128_000.999_9), offsetSeconds: 0)
        #expect(time.microseconds == 1_717_128_000_999_000)
        #expect(time.timestamp.raw == "2024-05-31T04:00:00.999+00:00")
    }
}
