import Foundation
import Localization
import OCPAPI

/// The sentences of the operation dialogs: what the change does, what is known about the
/// cluster now (storage, schedule, log backup, the failed step), and what a re-read found, in
/// the console's language. Every server string is sanitized here.
enum OperationNotes {
    /// `2026-11-20 Fri 11:59 UTC+08:00` in `offset`.
    static func time(_ date: Date, offset: Int) -> String {
        SchedulePreview.format(Int64(date.timeIntervalSince1970.rounded(.down)), offset: offset)
    }

    /// Why an incremental backup cannot be chosen at all, if so.
    static func incrementalRefusal(strategy: BackupStrategy?, ability: BackupAbility?) -> Bilingual? {
        if strategy?.backupMode == .logical { return Bilingual("Logical backup takes full backups only.", "逻辑备份只做全量备份。") }
        if ability?.obDataBackupSupportAbility?.incrementBackupEnabled == false {
            return Bilingual("The cluster cannot take incremental backups.", "该集群不能做增量备份。")
        }
        return nil
    }

    /// Back up now: what starts, where it is written, whether an incremental can work.
    static func backupNow(
        kind: DataBackupKind, clusterName: String, strategy: BackupStrategy, ability: BackupAbility?, language: Language
    ) -> [OperationNote] {
        var notes = [
            OperationNote(
                kind == .incremental
                    ? language.pick(
                        "An incremental data backup of \(clusterName) (what changed since the last backup) starts now, as an OCP task.",
                        "现在开始对 \(clusterName) 做增量数据备份（自上次备份以来的变化），作为一个 OCP 任务运行。")
                    : language.pick(
                        "A full data backup of \(clusterName) starts now, as an OCP task.", "现在开始对 \(clusterName) 做全量数据备份，作为一个 OCP 任务运行。"))
        ]
        let storage = strategy.obBackupServiceStorageConfig
        let url = TextSanitizer.singleLine(storage?.obBackupStorageBaseInfo?.storageUrl ?? "")
        let type =
            storage?.obBackupStorageBaseInfo?.backupStorageType.map { TextSanitizer.singleLine($0.rawValue) } ?? language.pick("unknown type", "类型未知")
        let name = storage?.configName.map { TextSanitizer.singleLine($0) + language.pick(": ", "：") } ?? ""
        let place = url.isEmpty ? language.pick("(no URL)", "（无 URL）") : url
        notes.append(
            OperationNote(language.pick("It is written to the strategy's storage \(name)\(place) (\(type)).", "写入备份策略的存储 \(name)\(place)（\(type)）。")))
        guard kind == .incremental else { return notes }
        if let refusal = incrementalRefusal(strategy: strategy, ability: ability) {
            notes.append(OperationNote(refusal.text(in: language), tone: .error))
        } else if let support = ability?.obDataBackupSupportAbility, support.canDoIncrementalBackup == false {
            let hint = support.hint.map { language.pick(" OCP's hint: ", "OCP 的提示：") + TextSanitizer.singleLine($0) } ?? ""
            notes.append(
                OperationNote(
                    language.pick(
                        "OCP says an incremental backup cannot work yet: it would fail in its first step. Choose full.",
                        "OCP 表示增量备份暂时无法进行：它会在第一步失败。请选择全量。") + hint, tone: .warning))
        } else if ability == nil {
            notes.append(
                OperationNote(
                    language.pick(
                        "The backup ability has not been read: OCP decides whether an incremental backup can run.", "尚未读取备份能力：由 OCP 决定能否进行增量备份。")))
        }
        return notes
    }

    /// Pause or resume: what changes, the schedule now, and what is known about log backup.
    /// `localNow` stands in for OCP's time when its answer did not say.
    static func schedule(
        pauses: Bool, clusterName: String, facts: ScheduleFacts, strategy: BackupStrategy?, localNow: Date, offset: Int, language: Language
    ) -> [OperationNote] {
        let overview = facts.overview.value
        let now = facts.overview.answeredAt ?? localNow
        var notes: [OperationNote] = []
        if pauses {
            notes.append(
                OperationNote(
                    language.pick(
                        "Pausing stops OCP from starting the strategy's scheduled data backups (full and incremental) of \(clusterName) "
                            + "until scheduling is resumed. A backup that runs goes on, and back up now still works.",
                        "暂停后，OCP 不再按备份策略的调度开始 \(clusterName) 的数据备份（全量和增量），直到恢复调度。正在运行的备份会继续，立即备份仍然可用。")))
        } else {
            notes.append(
                OperationNote(
                    language.pick(
                        "Resuming lets OCP start the strategy's scheduled data backups of \(clusterName) again.",
                        "恢复调度后，OCP 重新按备份策略的调度开始 \(clusterName) 的数据备份。")))
            if let next = nextRun(strategy, after: now, offset: offset, language: language) {
                notes.append(OperationNote(language.pick("The next scheduled backup: \(next).", "下一次调度备份：\(next)。")))
            }
        }
        let status = TextSanitizer.singleLine(overview.backupScheduleStatus?.rawValue ?? language.pick("unknown", "未知"))
        let last =
            overview.lastDataBackupTime?.date.map {
                language.pick("the last data backup finished \(time($0, offset: offset))", "最近一次数据备份完成于 \(time($0, offset: offset))")
            } ?? language.pick("no data backup finished yet", "尚无完成的数据备份")
        notes.append(OperationNote(language.pick("Scheduling is \(status) now; \(last).", "备份调度当前为 \(status)；\(last)。")))
        notes.append(logBackup(facts.logTasks, pauses: pauses, offset: offset, language: language))
        return notes
    }

    /// What the log tasks say about archiving.
    static func logBackup(_ tasks: Result<[LogBackupTask], ErrorInfo>, pauses: Bool, offset: Int, language: Language) -> OperationNote {
        switch tasks {
        case .failure(let error):
            return OperationNote(
                language.pick(
                    "The log backup could not be read (\(error.summary)): whether archiving runs is not known.",
                    "无法读取日志备份（\(error.summary)）：不知道归档是否在运行。"), tone: .warning)
        case .success(let rows):
            let newest = TaskRowOrder.newestFirst(rows)
            guard let task = newest.first(where: { $0.statusClass == .running }) ?? newest.first else {
                return OperationNote(
                    language.pick(
                        "No log backup task in the last seven days: no archive is known to run.", "最近七天没有日志备份任务：不知道有归档在运行。"), tone: .warning)
            }
            let status = TextSanitizer.singleLine(task.status?.rawValue ?? language.pick("of unknown status", "状态未知"))
            var facts: [String] = []
            if let checkpoint = task.checkpoint?.date { facts.append(language.pick("checkpoint ", "位点 ") + time(checkpoint, offset: offset)) }
            if let delay = task.delay {
                facts.append(language.pick("\(DurationText.short(delay)) behind", "落后 \(DurationText.short(delay, in: language))"))
            }
            let detail =
                facts.isEmpty ? "" : language.pick(" (\(facts.joined(separator: ", ")))", "（\(facts.joined(separator: "，"))）")
            guard task.statusClass == .running else {
                return OperationNote(
                    language.pick(
                        "Log backup is \(status)\(detail): scheduling does not restart it, and the recoverable window does not grow until it runs.",
                        "日志备份为 \(status)\(detail)：备份调度不会重启它，在它运行之前可恢复时间不会增长。"),
                    tone: .warning)
            }
            let rest =
                pauses
                ? language.pick(
                    " OCP does not document whether pausing stops it; the log backup is read again in the Overview after pausing.",
                    "OCP 未说明暂停是否会停止它；暂停后会在概览中重新读取日志备份。")
                : ""
            return OperationNote(language.pick("Log backup is \(status)\(detail).\(rest)", "日志备份为 \(status)\(detail)。\(rest)"))
        }
    }

    /// The strategy's next scheduled run after `now`, in words.
    static func nextRun(_ strategy: BackupStrategy?, after now: Date, offset: Int, language: Language) -> String? {
        guard let schedule = strategy?.obBackupScheduleConfig, let days = schedule.dayAndDataBackupModelMap,
            let text = schedule.backupScheduleTime, let time = ScheduleTime.parse(text)
        else { return nil }
        let mode: ScheduleMode = schedule.backupScheduleMode == .month ? .month : .week
        guard
            let run = SchedulePreview.nextRuns(
                mode: mode, days: days, time: time, now: Int64(now.timeIntervalSince1970), localOffset: offset, count: 1
            ).first
        else { return nil }
        let kind = run.kind == .incremental ? language.pick("incremental", "增量") : language.pick("full", "全量")
        return language.pick("\(run.localText) (\(kind))", "\(run.localText)（\(kind)）")
    }

    /// Retry: where the task failed and what runs again.
    static func retry(_ view: TaskViewState, clusterName: String, language: Language) -> [OperationNote] {
        guard let task = view.task.value?.value else { return [] }
        let name = TextSanitizer.singleLine(task.name ?? language.pick("task \(task.id)", "任务 \(task.id)"))
        var notes = [OperationNote(language.pick("Task \(task.id) (\(name)) of \(clusterName) failed.", "\(clusterName) 的任务 \(task.id)（\(name)）失败。"))]
        if let failed = TaskProgress(SubtaskOrder(task)).failurePoint {
            let step = TextSanitizer.singleLine(failed.name ?? language.pick("step \(failed.id)", "步骤 \(failed.id)"))
            var text = language.pick("It stopped in \"\(step)\"", "它停在“\(step)”")
            if view.log?.subtaskId == failed.id, let message = lastLine(of: view.log?.content.value) { text += language.pick(": ", "：") + message }
            notes.append(OperationNote(text + language.pick(".", "。"), tone: .warning))
        }
        notes.append(
            OperationNote(
                language.pick(
                    "Retrying runs the failed step and the steps after it again; the view follows the task.", "重试会重新运行失败的步骤及其后的步骤；视图会跟随该任务。")))
        return notes
    }

    /// The last line of a log, sanitized and cut to a sentence's length.
    static func lastLine(of log: TaskLogText?) -> String? {
        guard let log, let line = log.lines(from: log.lineCount - 1, count: 1).first else { return nil }
        let text = TaskLogText.message(TextSanitizer.singleLine(log.text(of: line, maxBytes: 400)))
        return text.count > 200 ? String(text.prefix(199)) + "…" : text
    }
}
