import Foundation

/// A span of simulated time; an open end means "still going".
package struct TimeSpan: Codable, Sendable, Hashable {
    /// Start.
    package var start: Date
    /// End, or `nil` while it lasts.
    package var end: Date?

    /// Makes a span.
    package init(start: Date, end: Date? = nil) {
        self.start = start
        self.end = end
    }

    /// Whether `date` lies inside at `now` (an open span reaches `now`).
    package func contains(_ date: Date) -> Bool { date >= start && (end.map { date < $0 } ?? true) }

    /// The end, or `now` for an open span.
    package func end(at now: Date) -> Date { min(end ?? now, now) }
}
