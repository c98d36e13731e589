import Foundation

/// Finds the OCP task instance behind a data backup or restore row: the rows name OceanBase's
/// job (`DataBackupTask.taskId` is the backup set id), not a task instance, so the instance is
/// found in the cluster's task list (`GET /api/v2/tasks/instances?clusterId=…`) by time.
///
/// The instance of a data backup starts at or a little before its row (OCP creates the task,
/// whose steps then start OceanBase's job): the match is the instance that started last at or
/// before the row's start plus `slack`, no earlier than `window` before it, and that is not a
/// restore (a restore's instance names the new tenant). A restore row matches the instance
/// that names its new tenant and started nearest its `createTime`, within `window`.
/// docs/operations.md (Helpers) describes it.
public enum TaskInstanceMatch {
    /// How much later than the row an instance may start (clocks and rounding).
    public static let slack: TimeInterval = 60
    /// How much earlier than the row an instance may start.
    public static let window: TimeInterval = 6 * 3600

    /// The instance of the data backup `row` among `instances` (any order), or `nil`.
    public static func instance(for row: DataBackupTask, among instances: [TaskInstance]) -> TaskInstance? {
        guard let start = row.startTime?.date else { return nil }
        return instances.filter { instance in
            guard let begun = instance.startTime?.date, instance.tenant?.name == nil else { return false }
            return begun <= start.addingTimeInterval(slack) && begun >= start.addingTimeInterval(-window)
        }.max { lhs, rhs in
            let (left, right) = (lhs.startTime?.date ?? .distantPast, rhs.startTime?.date ?? .distantPast)
            return left != right ? left < right : lhs.id < rhs.id
        }
    }

    /// The instance of the restore `row` among `instances`, or `nil`.
    public static func instance(for row: RestoreTask, among instances: [TaskInstance]) -> TaskInstance? {
        guard let created = row.createTime?.date, let tenant = row.restoreTenantName, !tenant.isEmpty else { return nil }
        func distance(_ instance: TaskInstance) -> TimeInterval? {
            guard instance.tenant?.name == tenant, let begun = instance.startTime?.date ?? instance.createTime?.date else { return nil }
            let gap = abs(begun.timeIntervalSince(created))
            return gap <= window ? gap : nil
        }
        return instances.compactMap { instance in distance(instance).map { (instance, $0) } }.min { lhs, rhs in
            lhs.1 != rhs.1 ? lhs.1 < rhs.1 : lhs.0.id > rhs.0.id
        }?.0
    }

    /// Whether an instance list read newest first has gone past `row` (every later page holds
    /// older instances): its oldest instance started more than `window` before the row.
    public static func isPast(_ start: Date, oldestOnPage: TaskInstance?) -> Bool {
        guard let begun = oldestOnPage?.startTime?.date else { return false }
        return begun < start.addingTimeInterval(-window)
    }
}
