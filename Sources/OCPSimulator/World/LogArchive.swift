import Foundation
import OCPAPI

/// A cluster's log archiving over time: it runs while a strategy exists, except while
/// interrupted; its checkpoint trails the clock by a delay that drifts around the cluster's
/// base delay.
package struct LogArchive: Sendable {
    /// How an archive round ended.
    package enum Ending: Sendable, Hashable {
        /// It is still archiving.
        case open
        /// It was interrupted (a gap follows).
        case interrupted
        /// The strategy was deleted.
        case stopped
    }

    /// One uninterrupted archive round.
    package struct Segment: Sendable, Hashable {
        /// When it started.
        package var start: Date
        /// When it ended, or `nil` while it runs.
        package var end: Date?
        /// How it ended.
        package var ending: Ending
    }

    /// The rounds that had started by now, oldest first.
    package let segments: [Segment]
    /// The delay the checkpoint trails by, on average, seconds.
    package let baseDelay: Double
    let phase: Double

    /// The archive of a cluster with `ledger`, as of `now`.
    package init(ledger: ClusterLedger, ordinal: Int, scenario: ClusterScenario, now: Date) {
        baseDelay = ScenarioCatalog.baseLogDelay(ordinal: ordinal, scenario: scenario)
        phase = Double(ordinal % 97) / 97 * 2 * Double.pi
        let interruptions = ledger.logInterruptions.filter { $0.start <= now }.sorted { $0.start < $1.start }
        var segments: [Segment] = []
        for period in ledger.strategyPeriods where period.start <= now {
            var cursor = period.start
            let periodEnd = period.end.flatMap { $0 <= now ? $0 : nil }
            for gap in interruptions where gap.start >= cursor && (periodEnd.map { gap.start < $0 } ?? true) {
                segments.append(Segment(start: cursor, end: gap.start, ending: .interrupted))
                guard let resumed = gap.end, resumed <= now, periodEnd.map({ resumed < $0 }) ?? true else {
                    cursor = .distantFuture
                    break
                }
                cursor = resumed
            }
            guard cursor <= now else { continue }
            segments.append(Segment(start: cursor, end: periodEnd, ending: periodEnd == nil ? .open : .stopped))
        }
        self.segments = segments
    }

    /// The delay at `instant` while archiving: the base delay ±20 %, drifting over an hour.
    package func delay(at instant: Date) -> Double {
        let wave = sin(instant.timeIntervalSince1970 / 3700 * 2 * Double.pi + phase)
        return ((baseDelay * (1 + 0.2 * wave)) * 10_000).rounded() / 10_000
    }

    /// The newest archived point of `segment` as of `now` (tenant `lag` seconds behind).
    package func checkpoint(of segment: Segment, now: Date, lag: TimeInterval = 0) -> Date {
        let end = segment.end ?? now
        return max(segment.start, end.addingTimeInterval(-delay(at: end) - lag))
    }

    /// The round in progress or the last one.
    package var current: Segment? { segments.last }

    /// The newest archived point, as of `now`.
    package func latestCheckpoint(now: Date) -> Date? { current.map { checkpoint(of: $0, now: now) } }

    /// How far archiving is behind `now` (it grows while interrupted or stopped).
    package func currentDelay(now: Date) -> Double? {
        guard let current else { return nil }
        if current.ending == .open { return delay(at: now) }
        return now.timeIntervalSince(checkpoint(of: current, now: now))
    }

    /// The status of a round as the log task list shows it.
    package static func status(of segment: Segment) -> LogBackupTaskStatus {
        switch segment.ending {
        case .open: .running
        case .interrupted: .interrupted
        case .stopped: .stopped
        }
    }
}
