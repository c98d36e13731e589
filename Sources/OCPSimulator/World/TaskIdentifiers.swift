import Foundation

/// The OCP task-instance ids of scheduled backups, derived so that a task can be found again
/// from its id alone: `100_000_000_000_000 + ordinal × 30,000,000 + minutes since 2020` (below
/// 2^53, so JSON readers keep them exact). Tasks started through the API take ids from the
/// state's counter instead (from 3,000,101).
package enum TaskIdentifiers {
    static let base: Int64 = 100_000_000_000_000
    static let perCluster: Int64 = 30_000_000
    static let minuteEpoch = Date(timeIntervalSince1970: 1_577_836_800)

    /// The id of the scheduled backup of the cluster at `ordinal` planned for `instant`.
    package static func scheduled(ordinal: Int, instant: Date) -> Int64 {
        base + Int64(ordinal) * perCluster + minute(instant)
    }

    /// The cluster ordinal a scheduled-backup id belongs to, or `nil` for other ids.
    package static func ordinal(ofScheduled id: Int64) -> Int? {
        guard id >= base else { return nil }
        return Int((id - base) / perCluster)
    }

    /// Minutes from 2020-01-01 to `instant` (0 before it).
    static func minute(_ instant: Date) -> Int64 {
        max(0, min(perCluster - 1, Int64((instant.timeIntervalSince(minuteEpoch) / 60).rounded(.down))))
    }

    /// The backup set id of a scheduled backup: hours since 2020 (unique per cluster and hour).
    package static func scheduledBackupSet(instant: Date) -> Int64 { minute(instant) / 60 }

    /// A subtask id: the task id × 10 + the step's index.
    package static func subtask(_ taskId: Int64, step: Int) -> Int64 { taskId * 10 + Int64(step) }
}
