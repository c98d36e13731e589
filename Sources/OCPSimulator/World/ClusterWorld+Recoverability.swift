import Foundation
import OCPAPI

/// The recoverable windows of a simulated tenant: each archive round, from the first data
/// backup that finished within it (after the tenant existed), to the round's checkpoint. An
/// interruption ends a window; the next opens only with the next data backup, so a gap forms.
extension ClusterWorld {
    /// How far tenant number `index` (1 for the first user tenant) trails the cluster's
    /// checkpoint, seconds.
    package static func tenantLag(index: Int) -> TimeInterval { Double(max(0, index - 1)) * 1.5 }

    /// The windows of `tenant` (number `index`), oldest first, as of `now`.
    package func recoverableWindows(of tenant: SimTenant, index: Int) -> [TimeSpan] {
        let successes = history.successTimes(at: now)
        let historyStart = now.addingTimeInterval(-BackupHistory.retention)
        return log.segments.compactMap { segment in
            let end = log.checkpoint(of: segment, now: now, lag: Self.tenantLag(index: index))
            let lower = max(segment.start, tenant.created)
            if let anchor = successes.first(where: { $0 >= lower && $0 <= end }) { return TimeSpan(start: anchor, end: end) }
            // A round older than the kept history had its data backups before it.
            guard lower < historyStart, history.fullBeforeHistory else { return nil }
            return TimeSpan(start: lower, end: end)
        }
    }

    /// The archive coverage of `tenant` (number `index`): each round to its checkpoint.
    package func archiveSpans(index: Int) -> [TimeSpan] {
        log.segments.map { TimeSpan(start: $0.start, end: log.checkpoint(of: $0, now: now, lag: Self.tenantLag(index: index))) }
    }
}
