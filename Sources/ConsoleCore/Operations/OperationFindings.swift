import Foundation
import Localization
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
    init(_ rereading: ClusterRereading, mutation: PreparedMutation, taskId: Int64?, localNow: Date, offset: Int, language: Language) {
        let overview = rereading.overview.value
        let now = rereading.overview.answeredAt ?? localNow
        let status = overview.backupScheduleStatus
        let statusText = TextSanitizer.singleLine(status?.rawValue ?? language.pick("unknown", "未知"))
        let last =
            overview.lastDataBackupTime?.date.map {
                language.pick("the last data backup finished ", "最近一次数据备份完成于 ") + OperationNotes.time($0, offset: offset)
            } ?? language.pick("no data backup has finished yet", "尚无完成的数据备份")
        notes = [OperationNote(language.pick("Read again: scheduling is \(statusText); \(last).", "重新读取：备份调度为 \(statusText)；\(last)。"))]
        if let newest = rereading.tasks.first {
            let described = Self.describe(newest, offset: offset, language: language)
            notes.append(OperationNote(language.pick("The newest task is \(described).", "最新的任务是 \(described)。")))
        } else {
            notes.append(OperationNote(language.pick("The cluster's task list is empty.", "该集群的任务列表为空。")))
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
                    OperationNote(
                        language.pick(
                            "A data backup started: task \(started.id). The backup now probably arrived; Enter opens the task.",
                            "已有数据备份开始：任务 \(started.id)。立即备份很可能已送达；按 Enter 打开该任务。"), tone: .warning)
                )
                (self.taskId, notArrived) = (started.id, false)
            } else {
                notes.append(
                    OperationNote(
                        language.pick(
                            "No data backup started in the last 10 minutes: the request did not arrive. Enter asks to send it again.",
                            "最近 10 分钟没有数据备份开始：请求没有送达。按 Enter 询问是否再次发送。")))
                (self.taskId, notArrived) = (nil, true)
            }
        case .pauseSchedule, .resumeSchedule:
            let pausing = mutation.operation == .pauseSchedule
            let arrived = (status == .paused) == pausing
            let word = pausing ? language.pick("pause", "暂停") : language.pick("resume", "恢复调度")
            notes.append(
                arrived
                    ? OperationNote(
                        language.pick("Scheduling is \(statusText): the \(word) arrived.", "备份调度为 \(statusText)：\(word)已送达。"), tone: .warning)
                    : OperationNote(
                        language.pick(
                            "Scheduling is still \(statusText): the \(word) did not arrive. Enter asks to send it again.",
                            "备份调度仍为 \(statusText)：\(word)没有送达。按 Enter 询问是否再次发送。")))
            (self.taskId, notArrived) = (nil, !arrived)
        case .retryTask:
            guard let id = taskId, let task = rereading.tasks.first(where: { $0.id == id }) else {
                notes.append(
                    OperationNote(
                        language.pick(
                            "The task is not among the newest; Enter opens it to see whether it runs again.", "该任务不在最新的任务中；按 Enter 打开它，查看是否再次运行。"),
                        tone: .warning))
                (self.taskId, notArrived) = (taskId, false)
                return
            }
            let failed = task.statusClass == .failed
            notes.append(
                failed
                    ? OperationNote(
                        language.pick(
                            "Task \(id) is still FAILED: the retry did not arrive. Enter asks to send it again.",
                            "任务 \(id) 仍为 FAILED：重试没有送达。按 Enter 询问是否再次发送。"))
                    : OperationNote(
                        language.pick(
                            "Task \(id) is \(Self.status(task, language: language)): the retry arrived; Enter opens it.",
                            "任务 \(id) 为 \(Self.status(task, language: language))：重试已送达；按 Enter 打开。"), tone: .warning))
            (self.taskId, notArrived) = (failed ? nil : id, failed)
        case .create, .modify, .delete, .restore:
            (self.taskId, notArrived) = (nil, false)
        }
    }

    /// `3000101 Full data backup RUNNING, started 2026-11-20 Fri 20:00 UTC+08:00`.
    static func describe(_ task: TaskInstance, offset: Int, language: Language) -> String {
        let name = TextSanitizer.singleLine(task.name ?? "")
        let start = task.startTime?.date.map { language.pick(", started ", "，开始于 ") + OperationNotes.time($0, offset: offset) } ?? ""
        return "\(task.id) \(name.isEmpty ? "" : name + " ")\(status(task, language: language))\(start)"
    }

    static func status(_ task: TaskInstance, language: Language) -> String {
        TextSanitizer.singleLine(task.status?.rawValue ?? language.pick("of unknown status", "状态未知"))
    }
}
