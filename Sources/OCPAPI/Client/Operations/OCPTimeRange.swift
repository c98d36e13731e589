import Foundation

/// A `startTime`/`endTime` filter, sent as whole-second UTC (`2024-08-06T00:00:00Z`): the
/// form the tenant pages require and an OffsetDateTime parser also reads, percent-encoded in
/// the canonical query that is signed. The start is rounded down and the end up, so the filter
/// never cuts off the instants it names.
public struct OCPTimeRange: Sendable, Hashable {
    /// From this instant, or unbounded.
    public var start: Date?
    /// Until this instant, or unbounded.
    public var end: Date?

    /// Makes a range.
    public init(start: Date? = nil, end: Date? = nil) {
        self.start = start
        self.end = end
    }

    /// The `seconds` before `now`, up to `now`.
    public static func last(_ seconds: TimeInterval, before now: Date) -> OCPTimeRange {
        OCPTimeRange(start: now.addingTimeInterval(-seconds), end: now)
    }

    /// The seven days before `now`: the scope of parsed backup data and of the Tasks views.
    public static func lastSevenDays(before now: Date) -> OCPTimeRange { last(7 * 86_400, before: now) }

    /// No filter.
    public static let unbounded = OCPTimeRange()

    /// The query items.
    public var items: [QueryItem] {
        var items: [QueryItem] = []
        if let start { items.append(QueryItem("startTime", OCPTimestamp.utcQueryText(start))) }
        if let end { items.append(QueryItem("endTime", OCPTimestamp.utcQueryText(end, roundUp: true))) }
        return items
    }
}
