import Foundation
import Localization
import OCPAPI

/// One row of the Tasks tab, made once when the lists arrive: a data, log or restore task with
/// its status, start, how long it took (or had run when read), a one-line summary and what
/// Enter opens. Every server string is sanitized.
public struct TaskListEntry: Equatable, Sendable {
    /// What kind of task.
    public enum Kind: String, Equatable, Sendable, CaseIterable {
        /// A full data backup.
        case full
        /// An incremental data backup.
        case incremental = "incr"
        /// A data backup of unknown kind.
        case data
        /// A log backup (archive) round.
        case log
        /// A restore.
        case restore

        /// The kind as the Tasks tab prints it: the raw value in English, 全量/增量/数据/日志/恢复.
        public var title: Bilingual {
            switch self {
            case .full: Bilingual(rawValue, "全量")
            case .incremental: Bilingual(rawValue, "增量")
            case .data: Bilingual(rawValue, "数据")
            case .log: Bilingual(rawValue, "日志")
            case .restore: Bilingual(rawValue, "恢复")
            }
        }
    }

    /// What Enter opens.
    public enum Opens: Equatable, Sendable {
        /// The task instance behind a data backup row.
        case dataBackup(DataBackupTask)
        /// The task instance behind a restore row.
        case restore(RestoreTask)
        /// Nothing: a log backup round is no OCP task.
        case nothing
    }

    /// Lines of the Tasks tab above its first row (the counts and the column titles).
    public static let headerLines = 2

    /// The kind.
    public var kind: Kind
    /// The status as OCP spells it, safe to draw.
    public var status: String
    /// The status class.
    public var statusClass: StatusClass
    /// When it started (the round's creation for a log task).
    public var start: Date?
    /// `MM-DD HH:MM:SS` of the start, local.
    public var startText: String
    /// How long it took, or had run when read; empty when unknown.
    public var durationText: String
    /// The error, or what it did, on one line.
    public var summary: String
    /// Whether the summary is an error.
    public var summaryIsError: Bool
    /// What Enter opens.
    public var opens: Opens

    /// The rows of `lists` of the seven days before `now` (OCP's time), newest first, times at
    /// `offset` seconds east of UTC: data backups and restores that started in them, and log
    /// backup rounds that were archiving in them (a round runs for days).
    public static func entries(_ lists: ClusterTaskLists, now: Date, offset: Int, language: Language = .english) -> [TaskListEntry] {
        let since = now.addingTimeInterval(-7 * 86_400)
        let archiving = lists.log.filter { $0.statusClass == .running || ($0.modifyTime?.date ?? $0.createTime?.date ?? now) >= since }
        var entries =
            lists.data.map { data($0, now: now, offset: offset, language: language) }
            + lists.restore.map { restore($0, now: now, offset: offset, language: language) }
        entries = entries.filter { ($0.start ?? now) >= since } + archiving.map { log($0, now: now, offset: offset, language: language) }
        return entries.enumerated().sorted { lhs, rhs in
            let (left, right) = (lhs.element.start ?? .distantPast, rhs.element.start ?? .distantPast)
            return left != right ? left > right : lhs.offset < rhs.offset
        }.map(\.element)
    }

    static func data(_ row: DataBackupTask, now: Date, offset: Int, language: Language) -> TaskListEntry {
        let kind: Kind = row.dataBackupTaskType == .full ? .full : row.dataBackupTaskType == .incremental ? .incremental : .data
        let error = TextSanitizer.singleLine(row.errorMsg ?? "")
        let set = row.backupSetId.map { language.pick("backup set \($0)", "备份集 \($0)") } ?? language.pick("backup set unknown", "备份集未知")
        let failed = row.statusClass == .failed && !error.isEmpty
        return TaskListEntry(
            kind: kind, status: text(row.status?.rawValue), statusClass: row.statusClass, start: row.startTime?.date,
            startText: time(row.startTime?.date, offset: offset),
            durationText: duration(
                from: row.startTime?.date, to: row.finishTime?.date, running: row.statusClass == .running, now: now, language: language),
            summary: failed ? error : set, summaryIsError: failed, opens: .dataBackup(row))
    }

    static func log(_ row: LogBackupTask, now: Date, offset: Int, language: Language) -> TaskListEntry {
        let error = TextSanitizer.singleLine(row.errorMsg ?? "")
        var parts: [String] = []
        if let checkpoint = row.checkpoint?.date {
            parts.append(language.pick("checkpoint ", "位点 ") + TaskTimeText.short(checkpoint, offset: offset))
        }
        if let delay = row.delay {
            parts.append(language.pick("\(DurationText.short(delay)) behind", "落后 \(DurationText.short(delay, in: language))"))
        }
        let summary = error.isEmpty ? parts.joined(separator: language.pick(", ", "，")) : error
        let end = row.statusClass == .running ? nil : row.modifyTime?.date
        return TaskListEntry(
            kind: .log, status: text(row.status?.rawValue), statusClass: row.statusClass, start: row.createTime?.date,
            startText: time(row.createTime?.date, offset: offset),
            durationText: duration(from: row.createTime?.date, to: end, running: row.statusClass == .running, now: now, language: language),
            summary: summary,
            summaryIsError: !error.isEmpty, opens: .nothing)
    }

    static func restore(_ row: RestoreTask, now: Date, offset: Int, language: Language) -> TaskListEntry {
        let error = TextSanitizer.singleLine(row.errorMsg ?? "")
        let tenant = TextSanitizer.singleLine(row.restoreTenantName ?? "?")
        let source = TextSanitizer.singleLine(row.backupTenantName ?? "?")
        let failed = row.statusClass == .failed && !error.isEmpty
        return TaskListEntry(
            kind: .restore, status: text(row.status?.rawValue), statusClass: row.statusClass, start: row.createTime?.date,
            startText: time(row.createTime?.date, offset: offset),
            durationText: duration(
                from: row.createTime?.date, to: row.finishTime?.date, running: row.statusClass == .running, now: now, language: language),
            summary: failed ? error : "\(source) → \(tenant)", summaryIsError: failed, opens: .restore(row))
    }

    private static func text(_ raw: String?) -> String { TextSanitizer.singleLine(raw ?? "UNKNOWN") }

    private static func time(_ date: Date?, offset: Int) -> String { date.map { TaskTimeText.short($0, offset: offset) } ?? "—" }

    private static func duration(from start: Date?, to end: Date?, running: Bool, now: Date, language: Language) -> String {
        guard let start, let end = end ?? (running ? now : nil) else { return "" }
        return DurationText.short(max(0, end.timeIntervalSince(start)), in: language)
    }
}
