import Foundation
import Localization
import OCPAPI

/// The Tasks tab's rows as read, with OCP's time of the answer.
public struct TaskListSnapshot: Equatable, Sendable {
    /// Newest first.
    public var entries: [TaskListEntry]
    /// When OCP answered.
    public var answeredAt: Date
    /// Rows of each kind, for the tab's first line.
    public var counts: (data: Int, log: Int, restore: Int)
    /// The rows as read (the Overview's health rules read the data and log rows).
    public var lists: ClusterTaskLists

    /// A snapshot of `lists` answered at `answeredAt`, times at `offset`, worded in `language`.
    public init(_ lists: ClusterTaskLists, answeredAt: Date, offset: Int, language: Language = .english) {
        entries = TaskListEntry.entries(lists, now: answeredAt, offset: offset, language: language)
        self.answeredAt = answeredAt
        self.lists = lists
        counts = (
            entries.filter { [.full, .incremental, .data].contains($0.kind) }.count, entries.filter { $0.kind == .log }.count,
            entries.filter { $0.kind == .restore }.count
        )
    }

    /// Equal entries and time.
    public static func == (lhs: TaskListSnapshot, rhs: TaskListSnapshot) -> Bool {
        lhs.entries == rhs.entries && lhs.answeredAt == rhs.answeredAt
    }
}

/// The Recoverable tab's windows as read: each tenant's over the seven days before OCP's answer.
public struct RecoverabilitySnapshot: Equatable, Sendable {
    /// The windows.
    public var recoverability: ClusterRecoverability
    /// The local offset times are shown in.
    public var localOffset: Int

    /// A snapshot of `info` answered at `answeredAt`.
    public init(_ info: ClusterBackupInfo, answeredAt: Date, localOffset: Int) {
        recoverability = ClusterRecoverability(info, scope: RecoverabilityScope(end: answeredAt))
        self.localOffset = localOffset
    }
}

/// Where the Tasks tab's cursor is.
public struct TaskListCursor: Equatable, Sendable {
    /// The cluster whose rows it moves over.
    public var clusterId: Int64?
    /// The row.
    public var index = 0

    /// At the top of no cluster's rows.
    public init() {}
}
