import Foundation

/// Newest-first order of task rows (OCP's order is undocumented; the samples come newest first):
/// by start (data), creation (log, restore) time, rows without a time last, ties by id.
public enum TaskRowOrder {
    /// Data backup tasks by `startTime`, newest first.
    public static func newestFirst(_ rows: [DataBackupTask]) -> [DataBackupTask] {
        sorted(rows, time: { $0.startTime?.date }, id: { $0.taskId ?? 0 })
    }

    /// Log backup tasks by `createTime`, newest first.
    public static func newestFirst(_ rows: [LogBackupTask]) -> [LogBackupTask] {
        sorted(rows, time: { $0.createTime?.date }, id: { _ in 0 })
    }

    /// Restore tasks by `createTime`, newest first.
    public static func newestFirst(_ rows: [RestoreTask]) -> [RestoreTask] {
        sorted(rows, time: { $0.createTime?.date }, id: { $0.id ?? 0 })
    }

    private static func sorted<Row>(_ rows: [Row], time: (Row) -> Date?, id: (Row) -> Int64) -> [Row] {
        rows.enumerated().sorted { lhs, rhs in
            switch (time(lhs.element), time(rhs.element)) {
            case (let left?, let right?) where left != right: return left > right
            case (.some, nil): return true
            case (nil, .some): return false
            default:
                let (leftId, rightId) = (id(lhs.element), id(rhs.element))
                return leftId != rightId ? leftId > rightId : lhs.offset < rhs.offset
            }
        }.map(\.element)
    }
}
