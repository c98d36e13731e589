import Foundation
import OCPAPI

/// What the re-read after an unanswered change found, in words: the schedule, the newest task,
/// and whether the change arrived. A change shown not to have arrived may be confirmed again;
/// one that did points to its task.
struct OperationFindings: Equatable {
    /// The sentences.
    var notes: [OperationNote]
    /// The task they point to (Enter opens it).
    var taskId: Int64?
    /// Whether the change shows as not arrived.
    var notArrived: Bool

    /// How recent a started backup must be to count as the one sent (OCP's clock).
    static let recentBackup: TimeInterval = 600

    /// The findings of `rereading` for `mutation` (retrying `taskId`, if so), times in `offset`.
    init(_ rereading: ClusterRereading, mutation: PreparedMutation, taskId: Int64?, localNow: Date, offset: Int) {
        let overview = rereading.overview.value
        let now = rereading.overview.answeredAt ?? localNow
        let status = overview.backupScheduleStatus
        let statusText = TextSanitizer.singleLine(status?.rawValue ?? "unknown")
        let last = overview.lastDataBackupTime?.date.map { "the last data backup finished " + OperationNotes.time($0, offset: offset) }
        notes = [OperationNote("Read again: scheduling is \(statusText); \(last ?? "no data backup has finished yet").")]
        if let newest = rereading.tasks.first {
            notes.append(OperationNote("The newest task is \(Self.describe(newest, offset: offset))."))
        } else {
            notes.append(OperationNote("The cluster's task list is empty."))
        }
        switch mutation.operation {
        case .backupNow:
            let started = rereading.tasks.first { task in
                guard task.tenant?.name == nil else { return false }
                if task.statusClass == .running { return true }
                return task.startTime?.date.map { now.timeIntervalSince($0) <= Self.recentBackup } ?? false
            }
            if let started {
                notes.append(
                    OperationNote("A data backup started: task \(started.id). The backup now probably arrived; Enter opens the task.", tone: .warning)
                )
                (self.taskId, notArrived) = (started.id, false)
            } else {
                notes.append(
                    OperationNote("No data backup started in the last 10 minutes: the request did not arrive. Enter asks to send it again."))
                (self.taskId, notArrived) = (nil, true)
            }
        case .pauseSchedule, .resumeSchedule:
            let pausing = mutation.operation == .pauseSchedule
            let arrived = (status == .paused) == pausing
            let word = pausing ? "pause" : "resume"
            notes.append(
                arrived
                    ? OperationNote("Scheduling is \(statusText): the \(word) arrived.", tone: .warning)
                    : OperationNote("Scheduling is still \(statusText): the \(word) did not arrive. Enter asks to send it again."))
            (self.taskId, notArrived) = (nil, !arrived)
        case .retryTask:
            guard let id = taskId, let task = rereading.tasks.first(where: { $0.id == id }) else {
                notes.append(OperationNote("The task is not among the newest; Enter opens it to see whether it runs again.", tone: .warning))
                (self.taskId, notArrived) = (taskId, false)
                return
            }
            let failed = task.statusClass == .failed
            notes.append(
                failed
                    ? OperationNote("Task \(id) is still FAILED: the retry did not arrive. Enter asks to send it again.")
                    : OperationNote("Task \(id) is \(Self.status(task)): the retry arrived; Enter opens it.", tone: .warning))
            (self.taskId, notArrived) = (failed ? nil : id, failed)
        case .create, .modify, .delete, .restore:
            (self.taskId, notArrived) = (nil, false)
        }
    }

    /// `3000101 Full data backup RUNNING, started 2026-11-20 Fri 20:00 UTC+08:00`.
    static func describe(_ task: TaskInstance, offset: Int) -> String {
        let name = TextSanitizer.singleLine(task.name ?? "")
        let start = task.startTime?.date.map { ", started " + OperationNotes.time($0, offset: offset) } ?? ""
        return "\(task.id) \(name.isEmpty ? "" : name + " ")\(status(task))\(start)"
    }

    static func status(_ task: TaskInstance) -> String {
        TextSanitizer.singleLine(task.status?.rawValue ?? "of unknown status")
    }
}
