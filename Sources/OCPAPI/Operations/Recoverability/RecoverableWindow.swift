import Foundation

/// A span of time a tenant can be restored to, exact to the microsecond (OCP writes up to nine
/// fractional digits; digits past the sixth are dropped, never rounded up).
public struct RecoverableWindow: Sendable, Hashable {
    /// Start, microseconds since 1970.
    public var startMicroseconds: Int64
    /// End, microseconds since 1970 (inclusive).
    public var endMicroseconds: Int64
    /// Whether the start is the edge of the queried scope: the window reaches back at least that
    /// far, its true start is older.
    public var startsAtScopeEdge: Bool

    /// Makes a window.
    public init(startMicroseconds: Int64, endMicroseconds: Int64, startsAtScopeEdge: Bool = false) {
        self.startMicroseconds = startMicroseconds
        self.endMicroseconds = max(startMicroseconds, endMicroseconds)
        self.startsAtScopeEdge = startsAtScopeEdge
    }

    /// Makes a window from dates (to the nearest microsecond).
    public init(start: Date, end: Date, startsAtScopeEdge: Bool = false) {
        self.init(
            startMicroseconds: Self.microseconds(start), endMicroseconds: Self.microseconds(end), startsAtScopeEdge: startsAtScopeEdge)
    }

    /// Start.
    public var start: Date { Self.date(startMicroseconds) }
    /// End.
    public var end: Date { Self.date(endMicroseconds) }
    /// Length, seconds.
    public var duration: TimeInterval { Double(endMicroseconds - startMicroseconds) / 1_000_000 }

    /// Whether `date`, to the microsecond, lies inside (both ends included).
    public func contains(_ date: Date) -> Bool {
        let instant = Self.microseconds(date)
        return instant >= startMicroseconds && instant <= endMicroseconds
    }

    /// `date` in whole microseconds since 1970, to the nearest one: a `Date` carries about a
    /// quarter of a microsecond of error, so cutting would move exact instants (restore times are
    /// cut to the millisecond before they are sent, see `RestoreRequest.restoreTime`).
    public static func microseconds(_ date: Date) -> Int64 {
        let value = (date.timeIntervalSince1970 * 1_000_000).rounded()
        return value.isFinite ? Int64(max(min(value, 9.0e18), -9.0e18)) : 0
    }

    /// The date of whole microseconds since 1970.
    public static func date(_ microseconds: Int64) -> Date { Date(timeIntervalSince1970: Double(microseconds) / 1_000_000) }

    /// `windows` sorted by start, with overlapping or touching ones merged.
    public static func merged(_ windows: [RecoverableWindow]) -> [RecoverableWindow] {
        var result: [RecoverableWindow] = []
        for window in windows.sorted(by: { ($0.startMicroseconds, $0.endMicroseconds) < ($1.startMicroseconds, $1.endMicroseconds) }) {
            if let last = result.last, window.startMicroseconds <= last.endMicroseconds {
                result[result.count - 1].endMicroseconds = max(last.endMicroseconds, window.endMicroseconds)
            } else {
                result.append(window)
            }
        }
        return result
    }

    /// The spans inside both lists of merged windows.
    public static func intersection(_ lhs: [RecoverableWindow], _ rhs: [RecoverableWindow]) -> [RecoverableWindow] {
        var result: [RecoverableWindow] = []
        var (left, right) = (0, 0)
        while left < lhs.count, right < rhs.count {
            let start = max(lhs[left].startMicroseconds, rhs[right].startMicroseconds)
            let end = min(lhs[left].endMicroseconds, rhs[right].endMicroseconds)
            if start <= end {
                let edge =
                    (lhs[left].startsAtScopeEdge && start == lhs[left].startMicroseconds)
                    || (rhs[right].startsAtScopeEdge && start == rhs[right].startMicroseconds)
                result.append(RecoverableWindow(startMicroseconds: start, endMicroseconds: end, startsAtScopeEdge: edge))
            }
            if lhs[left].endMicroseconds < rhs[right].endMicroseconds { left += 1 } else { right += 1 }
        }
        return result
    }
}
