import Foundation
import OCPAPI

/// The timestamp shapes the simulated OCP writes, per endpoint family, as OCP's samples do.
struct TimeText {
    /// The UTC offset of the simulated OCP.
    let offset: Int

    /// `2021-09-16T17:25:02.993+0800`: task rows and the overview.
    func javaDate(_ date: Date) -> OCPTimestamp { OCPTimestamp(date: date, offsetSeconds: offset, style: .javaDate) }
    /// `2021-08-06T17:37:58.01+08:00`: task instances and tenants.
    func trimmed(_ date: Date) -> OCPTimestamp { OCPTimestamp(date: date, offsetSeconds: offset, style: .trimmed) }
    /// `2021-09-16T02:00:10.986847+08:00`: the cluster `backup/info`.
    func micro(_ date: Date) -> OCPTimestamp { OCPTimestamp(date: date, offsetSeconds: offset, style: .microseconds) }
    /// `2024-08-02T16:01:41.862678000+08:00`: the tenant `backup/info`.
    func nano(_ date: Date) -> OCPTimestamp { OCPTimestamp(date: date, offsetSeconds: offset, style: .nanoseconds) }
    /// `2024-08-09T08:02:57.715753Z`: alert events.
    func utc(_ date: Date) -> OCPTimestamp { OCPTimestamp(date: date, offsetSeconds: 0, style: .utcMicroseconds) }
    /// `2021-08-25 15:09:32.716`: a log line's time.
    func logLine(_ date: Date) -> String {
        String(OCPTimestamp.format(date, offsetSeconds: offset, style: .envelope).prefix(23)).replacingOccurrences(of: "T", with: " ")
    }
    /// The 1970 placeholder OceanBase 4.x writes for "not applicable".
    var placeholder: OCPTimestamp {
        OCPTimestamp(raw: OCPTimestamp.format(Date(timeIntervalSince1970: 0), offsetSeconds: offset, style: OCPTimeStyle(fractionDigits: 0)))
    }
}
