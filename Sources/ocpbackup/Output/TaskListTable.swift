import ConsoleCore
import ConsoleUI
import Foundation
import OCPAPI

/// The tables of `tasks`: one row per task, the class of its status (`STATE`) beside OCP's
/// own spelling (`STATUS`), times in this machine's zone with their ages, durations in words,
/// OCP's messages made safe and cut short.
enum TaskListTable {
    /// The widest message cell, in terminal cells.
    static let messageWidth = 100

    /// Data backups: backup set, kind, state, start, duration, message.
    static func data(_ rows: [DataBackupTask], times: LocalTimeText) -> String {
        let started = TimeColumn("STARTED", dates: rows.map { $0.startTime?.date }, times: times)
        var table = TextTable(headings: ["SET", "TYPE", "STATE", "STATUS", started.heading, "DURATION", "MESSAGE"])
        for row in rows {
            let seconds = row.duration ?? elapsed(from: row.startTime, to: row.finishTime, running: row.statusClass == .running, now: times.now)
            table.append([
                row.backupSetId.map(String.init) ?? row.taskId.map(String.init) ?? "-",
                row.dataBackupTaskType.map { BackupVocabulary.dataBackupKind($0, in: .english) } ?? "-",
                row.statusClass.rawValue, row.status?.rawValue ?? "-", started.cell(row.startTime?.date),
                durationText(seconds, running: row.statusClass == .running), message(row.errorMsg),
            ])
        }
        return table.render()
    }

    /// Log backup rounds: start, state, checkpoint, delay, message.
    static func log(_ rows: [LogBackupTask], times: LocalTimeText) -> String {
        let started = TimeColumn("STARTED", dates: rows.map { $0.createTime?.date }, times: times)
        let checkpoint = TimeColumn("CHECKPOINT", dates: rows.map { $0.checkpoint?.date }, times: times)
        var table = TextTable(headings: [started.heading, "STATE", "STATUS", checkpoint.heading, "DELAY", "TENANT", "MESSAGE"])
        for row in rows {
            table.append([
                started.cell(row.createTime?.date), row.statusClass.rawValue, row.status?.rawValue ?? "-", checkpoint.cell(row.checkpoint?.date),
                row.delay.map(DurationText.precise) ?? "-", row.tenantName ?? "-", message(row.errorMsg),
            ])
        }
        return table.render()
    }

    /// Restores: record, new tenant, source, target, point in time, state, start, duration.
    static func restore(_ rows: [RestoreTask], times: LocalTimeText) -> String {
        let started = TimeColumn("STARTED", dates: rows.map { $0.createTime?.date }, times: times)
        let point = TimeColumn("RESTORED TO", dates: rows.map { $0.restoreEndTime?.date }, times: times)
        var table = TextTable(headings: [
            "ID", "NEW TENANT", "FROM", "INTO", point.heading, "STATE", "STATUS", started.heading, "DURATION", "MESSAGE",
        ])
        for row in rows {
            let running = row.statusClass == .running
            let source = [row.backupClusterName ?? row.backupClusterId.map(String.init), row.backupTenantName].compactMap { $0 }.joined(
                separator: "/")
            table.append([
                row.id.map(String.init) ?? "-", row.restoreTenantName ?? "-", source.isEmpty ? "-" : source,
                row.restoreClusterName ?? row.restoreClusterId.map(String.init) ?? "-", point.cell(row.restoreEndTime?.date),
                row.statusClass.rawValue, row.status?.rawValue ?? "-", started.cell(row.createTime?.date),
                durationText(elapsed(from: row.createTime, to: row.finishTime, running: running, now: times.now), running: running),
                message(row.errorMsg),
            ])
        }
        return table.render()
    }

    /// OCP task instances: id, name, state, type, who started it, start, duration.
    static func instances(_ rows: [TaskInstance], times: LocalTimeText) -> String {
        let started = TimeColumn("STARTED", dates: rows.map { ($0.startTime ?? $0.createTime)?.date }, times: times)
        var table = TextTable(headings: ["TASK", "NAME", "STATE", "STATUS", "TYPE", "CREATOR", started.heading, "DURATION"])
        for row in rows {
            let running = row.statusClass == .running
            table.append([
                String(row.id), message(row.name), row.statusClass.rawValue, row.status?.rawValue ?? "-", row.type?.rawValue ?? "-",
                row.creator?.name ?? "-", started.cell((row.startTime ?? row.createTime)?.date),
                durationText(elapsed(from: row.startTime, to: row.finishTime, running: running, now: times.now), running: running),
            ])
        }
        return table.render()
    }

    /// Task instances by start time (or creation), newest first, ties by id.
    static func newestFirst(_ rows: [TaskInstance]) -> [TaskInstance] {
        rows.sorted { lhs, rhs in
            let (left, right) = ((lhs.startTime ?? lhs.createTime)?.date, (rhs.startTime ?? rhs.createTime)?.date)
            if let left, let right, left != right { return left > right }
            if (left == nil) != (right == nil) { return left != nil }
            return lhs.id > rhs.id
        }
    }

    /// Seconds from `start` to `finish`, or to `now` while running.
    static func elapsed(from start: OCPTimestamp?, to finish: OCPTimestamp?, running: Bool, now: Date) -> TimeInterval? {
        guard let begin = start?.date else { return nil }
        guard let end = finish?.date ?? (running ? now : nil) else { return nil }
        return max(0, end.timeIntervalSince(begin))
    }

    /// `2 min 5 s`, `so far` added while running.
    static func durationText(_ seconds: TimeInterval?, running: Bool) -> String {
        guard let seconds else { return "-" }
        return DurationText.precise(seconds) + (running ? " so far" : "")
    }

    /// OCP's message on one line, cut to `messageWidth` cells; `-` when there is none.
    static func message(_ text: String?) -> String {
        guard let text, !text.trimmingCharacters(in: .whitespaces).isEmpty else { return "-" }
        return DisplayWidth.truncate(TextSanitizer.singleLine(text), toWidth: messageWidth)
    }
}
