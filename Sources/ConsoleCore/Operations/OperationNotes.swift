import Foundation
import OCPAPI

/// The sentences of the operation dialogs: what the change does, what is known about the
/// cluster now (storage, schedule, log backup, the failed step), and what a re-read found.
/// Every server string is sanitized here.
enum OperationNotes {
    /// `2026-11-20 Fri 11:59 UTC+08:00` in `offset`.
    static func time(_ date: Date, offset: Int) -> String {
        SchedulePreview.format(Int64(date.timeIntervalSince1970.rounded(.down)), offset: offset)
    }

    /// Why an incremental backup cannot be chosen at all, if so.
    static func incrementalRefusal(strategy: BackupStrategy?, ability: BackupAbility?) -> String? {
        if strategy?.backupMode == .logical { return "Logical backup takes full backups only." }
        if ability?.obDataBackupSupportAbility?.incrementBackupEnabled == false { return "The cluster cannot take incremental backups." }
        return nil
    }

    /// Back up now: what starts, where it is written, whether an incremental can work.
    static func backupNow(kind: DataBackupKind, clusterName: String, strategy: BackupStrategy, ability: BackupAbility?) -> [OperationNote] {
        var notes = [
            OperationNote(
                kind == .incremental
                    ? "An incremental data backup of \(clusterName) (what changed since the last backup) starts now, as an OCP task."
                    : "A full data backup of \(clusterName) starts now, as an OCP task.")
        ]
        let storage = strategy.obBackupServiceStorageConfig
        let url = TextSanitizer.singleLine(storage?.obBackupStorageBaseInfo?.storageUrl ?? "")
        let type = storage?.obBackupStorageBaseInfo?.backupStorageType.map { TextSanitizer.singleLine($0.rawValue) } ?? "unknown type"
        let name = storage?.configName.map { TextSanitizer.singleLine($0) + ": " } ?? ""
        notes.append(OperationNote("It is written to the strategy's storage \(name)\(url.isEmpty ? "(no URL)" : url) (\(type))."))
        guard kind == .incremental else { return notes }
        if let refusal = incrementalRefusal(strategy: strategy, ability: ability) {
            notes.append(OperationNote(refusal, tone: .error))
        } else if let support = ability?.obDataBackupSupportAbility, support.canDoIncrementalBackup == false {
            let hint = support.hint.map { " OCP's hint: " + TextSanitizer.singleLine($0) } ?? ""
            notes.append(
                OperationNote("OCP says an incremental backup cannot work yet: it would fail in its first step. Choose full.\(hint)", tone: .warning))
        } else if ability == nil {
            notes.append(OperationNote("The backup ability has not been read: OCP decides whether an incremental backup can run."))
        }
        return notes
    }

    /// Pause or resume: what changes, the schedule now, and what is known about log backup.
    /// `localNow` stands in for OCP's time when its answer did not say.
    static func schedule(
        pauses: Bool, clusterName: String, facts: ScheduleFacts, strategy: BackupStrategy?, localNow: Date, offset: Int
    ) -> [OperationNote] {
        let overview = facts.overview.value
        let now = facts.overview.answeredAt ?? localNow
        var notes: [OperationNote] = []
        if pauses {
            notes.append(
                OperationNote(
                    "Pausing stops OCP from starting the strategy's scheduled data backups (full and incremental) of \(clusterName) "
                        + "until scheduling is resumed. A backup that runs goes on, and back up now still works."))
        } else {
            notes.append(OperationNote("Resuming lets OCP start the strategy's scheduled data backups of \(clusterName) again."))
            if let next = nextRun(strategy, after: now, offset: offset) { notes.append(OperationNote("The next scheduled backup: \(next).")) }
        }
        let status = TextSanitizer.singleLine(overview.backupScheduleStatus?.rawValue ?? "unknown")
        let last =
            overview.lastDataBackupTime?.date.map { "the last data backup finished \(time($0, offset: offset))" } ?? "no data backup finished yet"
        notes.append(OperationNote("Scheduling is \(status) now; \(last)."))
        notes.append(logBackup(facts.logTasks, pauses: pauses, offset: offset))
        return notes
    }

    /// What the log tasks say about archiving.
    static func logBackup(_ tasks: Result<[LogBackupTask], ErrorInfo>, pauses: Bool, offset: Int) -> OperationNote {
        switch tasks {
        case .failure(let error):
            return OperationNote("The log backup could not be read (\(error.summary)): whether archiving runs is not known.", tone: .warning)
        case .success(let rows):
            let newest = TaskRowOrder.newestFirst(rows)
            guard let task = newest.first(where: { $0.statusClass == .running }) ?? newest.first else {
                return OperationNote("No log backup task in the last seven days: no archive is known to run.", tone: .warning)
            }
            let status = TextSanitizer.singleLine(task.status?.rawValue ?? "of unknown status")
            var facts: [String] = []
            if let checkpoint = task.checkpoint?.date { facts.append("checkpoint \(time(checkpoint, offset: offset))") }
            if let delay = task.delay { facts.append("\(DurationText.short(delay)) behind") }
            let detail = facts.isEmpty ? "" : " (\(facts.joined(separator: ", ")))"
            guard task.statusClass == .running else {
                return OperationNote(
                    "Log backup is \(status)\(detail): scheduling does not restart it, and the recoverable window does not grow until it runs.",
                    tone: .warning)
            }
            let rest =
                pauses
                ? " OCP does not document whether pausing stops it; the log backup is read again in the Overview after pausing."
                : ""
            return OperationNote("Log backup is \(status)\(detail).\(rest)")
        }
    }

    /// The strategy's next scheduled run after `now`, in words.
    static func nextRun(_ strategy: BackupStrategy?, after now: Date, offset: Int) -> String? {
        guard let schedule = strategy?.obBackupScheduleConfig, let days = schedule.dayAndDataBackupModelMap,
            let text = schedule.backupScheduleTime, let time = ScheduleTime.parse(text)
        else { return nil }
        let mode: ScheduleMode = schedule.backupScheduleMode == .month ? .month : .week
        guard
            let run = SchedulePreview.nextRuns(
                mode: mode, days: days, time: time, now: Int64(now.timeIntervalSince1970), localOffset: offset, count: 1
            ).first
        else { return nil }
        return "\(run.localText) (\(run.kind == .incremental ? "incremental" : "full"))"
    }

    /// Retry: where the task failed and what runs again.
    static func retry(_ view: TaskViewState, clusterName: String) -> [OperationNote] {
        guard let task = view.task.value?.value else { return [] }
        let name = TextSanitizer.singleLine(task.name ?? "task \(task.id)")
        var notes = [OperationNote("Task \(task.id) (\(name)) of \(clusterName) failed.")]
        if let failed = TaskProgress(SubtaskOrder(task)).failurePoint {
            let step = TextSanitizer.singleLine(failed.name ?? "step \(failed.id)")
            var text = "It stopped in \"\(step)\""
            if view.log?.subtaskId == failed.id, let message = lastLine(of: view.log?.content.value) { text += ": \(message)" }
            notes.append(OperationNote(text + ".", tone: .warning))
        }
        notes.append(OperationNote("Retrying runs the failed step and the steps after it again; the view follows the task."))
        return notes
    }

    /// The last line of a log, sanitized and cut to a sentence's length.
    static func lastLine(of log: TaskLogText?) -> String? {
        guard let log, let line = log.lines(from: log.lineCount - 1, count: 1).first else { return nil }
        let text = TaskLogText.message(TextSanitizer.singleLine(log.text(of: line, maxBytes: 400)))
        return text.count > 200 ? String(text.prefix(199)) + "…" : text
    }
}
