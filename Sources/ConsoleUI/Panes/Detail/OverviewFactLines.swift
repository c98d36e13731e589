import ConsoleCore
import Foundation
import OCPAPI

/// The Overview's facts from the backup overview and the Tasks tab's seven days: the schedule
/// in words, the last full and incremental backups with their age, the log checkpoint and
/// delay against the threshold, the size and the active alerts, each a labelled line.
enum OverviewFactLines {
    /// The lines for the shown cluster.
    static func lines(in context: DetailTabContext) -> [[Span]] {
        let state = context.state
        let id = context.cluster.id
        guard let loaded = state.overviews[id] else {
            return PaneText.wrapped("Backup overview: not read yet (r reads it).", role: .muted, width: context.width)
        }
        var lines: [[Span]] = []
        if loaded.isLoading, loaded.value == nil { lines.append([Span("Reading the backup overview…", .muted)]) }
        if let error = loaded.error { lines += ErrorLines.lines(for: error, width: context.width) }
        guard let served = loaded.value else { return lines }
        let overview = served.value
        let now = served.answeredAt ?? state.taskLists[id]?.value?.answeredAt ?? Date(timeIntervalSince1970: 0)
        let offset = state.health.localOffset
        let strategy = state.strategies[id]?.value?.strategy
        // Labels in a column of 12 cells; in a narrow pane each label has a line of its own and
        // its value follows two cells in, so the value keeps the width.
        let narrow = context.width < 40
        let indent = narrow ? 2 : 12
        func fact(_ label: String, _ text: String, _ role: Role = .normal) {
            if narrow { lines.append([Span(label, .muted)]) }
            let wrapped = TextWrap.lines(text, width: max(1, context.width - indent))
            for (index, part) in wrapped.enumerated() {
                lines.append([Span(DisplayWidth.pad(index == 0 && !narrow ? label : "", toWidth: indent), .muted), Span(part, role)])
            }
        }
        func when(_ date: Date?) -> String? {
            date.map { "\(TaskTimeText.short($0, offset: offset)), \(DurationText.short(max(0, now.timeIntervalSince($0)))) ago" }
        }
        fact("Schedule", schedule(overview.backupScheduleStatus), schedule(role: overview.backupScheduleStatus))
        if let lists = state.taskLists[id]?.value?.lists {
            let succeeded = TaskRowOrder.newestFirst(lists.data).filter { $0.statusClass == .succeeded }
            let full = succeeded.first { $0.dataBackupTaskType == .full }
            let incremental = succeeded.first { $0.dataBackupTaskType == .incremental }
            fact("Last full", when(full?.finishTime?.date ?? full?.startTime?.date) ?? "none in the last 7 days", full == nil ? .warning : .normal)
            fact("Last incr.", when(incremental?.finishTime?.date ?? incremental?.startTime?.date) ?? "none in the last 7 days", .normal)
        } else {
            fact("Last backup", when(overview.lastDataBackupTime?.date) ?? "none known")
        }
        let threshold = strategy?.obBackupThresholdConfig?.logBackupDelaySeconds ?? StrategyDefaults.logBackupDelaySeconds
        if let delay = overview.logBackupDelaySeconds {
            let checkpoint = overview.latestLogBackupCheckpoint?.date.map { "checkpoint \(TaskTimeText.short($0, offset: offset)), " } ?? ""
            let late = delay > Double(threshold)
            fact(
                "Log backup", "\(checkpoint)\(DurationText.short(delay)) behind; alarm above \(DurationText.short(Double(threshold)))",
                late ? .error : .normal)
        } else {
            fact("Log backup", "no checkpoint", .muted)
        }
        if let size = overview.backupSize {
            fact("Size", "\(formatted(size)) \(TextSanitizer.singleLine(overview.obStorageVolumeUnit?.rawValue ?? ""))")
        }
        let alerts = (state.health.alerts?.byClusterName[context.row.name] ?? []).filter { $0.status?.isFiring ?? true }
        if state.health.alerts?.problem != nil {
            fact("Alerts", "could not be read", .warning)
        } else if state.health.alerts == nil {
            fact("Alerts", "not read yet", .muted)
        } else if alerts.isEmpty {
            fact("Alerts", "none active", .muted)
        } else {
            for (index, alert) in alerts.enumerated() {
                let name = TextSanitizer.singleLine(alert.alarmType ?? "alert")
                let summary = alert.summary.map { ": " + TextSanitizer.singleLine($0) } ?? ""
                fact(
                    index == 0 ? "Alerts" : "", "\(name) (level \(alert.level.map(String.init) ?? "?"))\(summary)",
                    HealthCells.role(.ofAlarm(level: alert.level)))
            }
        }
        return lines
    }

    /// The schedule status in words.
    static func schedule(_ status: BackupScheduleStatus?) -> String {
        switch status {
        case .normal?: "normal: scheduled data backups run"
        case .paused?: "paused: no scheduled data backup starts (p resumes)"
        case .abnormal?: "abnormal: scheduled data backups are not running as planned"
        case .waiting?: "waiting for its first scheduled backup"
        case .none?: "none: the cluster has no backup strategy"
        case let other?: TextSanitizer.singleLine(other.rawValue)
        case nil: "unknown (OCP did not say)"
        }
    }

    private static func schedule(role status: BackupScheduleStatus?) -> Role {
        switch status {
        case .paused?: .warning
        case .abnormal?: .error
        case .normal?: .normal
        default: .muted
        }
    }

    private static func formatted(_ size: Double) -> String {
        size.rounded() == size ? String(Int(size)) : String(format: "%.1f", size)
    }
}
