/// When the task view reads a running task again: soon after it opens or after the task
/// changed, then less often while nothing changes (1 s, 2 s, 3 s, then every 5 s), and not
/// at all once the task has ended or the view has closed.
public struct TaskPolling: Equatable, Sendable {
    /// The waits, shortest first; the last repeats.
    public static let intervals: [Duration] = [.seconds(1), .seconds(2), .seconds(3), .seconds(5)]

    /// Which wait comes next.
    public private(set) var step = 0
    /// The wait before the read in flight or scheduled; `nil` when polling has stopped.
    public private(set) var pending: Duration?

    /// Polling not started.
    public init() {}

    /// The wait before the next read after one that found the task `changed` (or not),
    /// recorded as pending.
    public mutating func schedule(changed: Bool) -> Duration {
        step = changed ? 0 : min(step + 1, Self.intervals.count - 1)
        let wait = Self.intervals[step]
        pending = wait
        return wait
    }

    /// Polling stops (the task ended); a later `schedule` starts it again.
    public mutating func stop() {
        pending = nil
        step = 0
    }

    /// Whether a read is scheduled.
    public var isActive: Bool { pending != nil }
}
