import Foundation
import OCPAPI

/// The current time in the shape OCP uses, in UTC, for log and audit lines.
enum OCPTimestampText {
    static func now() -> String { OCPTimestamp(date: Date(), offsetSeconds: 0).raw }
}
