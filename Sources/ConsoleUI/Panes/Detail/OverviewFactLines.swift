import ConsoleCore
import Foundation
import Localization
import OCPAPI

/// The Overview's facts from the backup overview and the Tasks tab's seven days: the schedule
/// in words, the last full and incremental backups with their age, the log checkpoint and
/// delay against the threshold, the size and the active alerts, each a labelled line.
enum OverviewFactLines {
    /// The lines for the shown cluster.
    static func lines(in context: DetailTabContext) -> [[Span]] {
        let state = context.state
        let id = context.cluster.id
        let language = context.language
        guard let loaded = state.overviews[id] else {
            return PaneText.wrapped(
                language.pick("Backup overview: not read yet (r reads it).", "备份概览：尚未读取（按 r 读取）。"), role: .muted, width: context.width)
        }
        var lines: [[Span]] = []
        if loaded.isLoading, loaded.value == nil { lines.append([Span(language.pick("Reading the backup overview…", "正在读取备份概览…"), .muted)]) }
        if let error = loaded.error { lines += ErrorLines.lines(for: error, width: context.width, language: language) }
        guard let served = loaded.value else { return lines }
        let overview = served.value
        let now = served.answeredAt ?? state.taskLists[id]?.value?.answeredAt ?? Date(timeIntervalSince1970: 0)
        let offset = state.health.localOffset
        let strategy = state.strategies[id]?.value?.strategy
        // Labels in a column of 12 cells (six Chinese characters); in a narrow pane each label has a line of its own and
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
            date.map {
                let age = DurationText.short(max(0, now.timeIntervalSince($0)), in: language)
                return TaskTimeText.short($0, offset: offset) + language.pick(", \(age) ago", "，\(age)前")
            }
        }
        let noneInSevenDays = language.pick("none in the last 7 days", "最近 7 天没有")
        fact(language.pick("Schedule", "备份调度"), schedule(overview.backupScheduleStatus, in: language), schedule(role: overview.backupScheduleStatus))
        if let lists = state.taskLists[id]?.value?.lists {
            let succeeded = TaskRowOrder.newestFirst(lists.data).filter { $0.statusClass == .succeeded }
            let full = succeeded.first { $0.dataBackupTaskType == .full }
            let incremental = succeeded.first { $0.dataBackupTaskType == .incremental }
            fact(
                language.pick("Last full", "最近全量"), when(full?.finishTime?.date ?? full?.startTime?.date) ?? noneInSevenDays,
                full == nil ? .warning : .normal)
            fact(language.pick("Last incr.", "最近增量"), when(incremental?.finishTime?.date ?? incremental?.startTime?.date) ?? noneInSevenDays, .normal)
        } else {
            fact(language.pick("Last backup", "最近备份"), when(overview.lastDataBackupTime?.date) ?? language.pick("none known", "未知"))
        }
        let threshold = strategy?.obBackupThresholdConfig?.logBackupDelaySeconds ?? StrategyDefaults.logBackupDelaySeconds
        if let delay = overview.logBackupDelaySeconds {
            let checkpoint =
                overview.latestLogBackupCheckpoint?.date.map {
                    language.pick("checkpoint ", "位点 ") + TaskTimeText.short($0, offset: offset) + language.pick(", ", "，")
                }
                ?? ""
            let late = delay > Double(threshold)
            let behind = DurationText.short(delay, in: language)
            let limit = DurationText.short(Double(threshold), in: language)
            fact(
                language.pick("Log backup", "日志备份"),
                checkpoint + language.pick("\(behind) behind; alarm above \(limit)", "落后 \(behind)；超过 \(limit) 告警"), late ? .error : .normal)
        } else {
            fact(language.pick("Log backup", "日志备份"), language.pick("no checkpoint", "无位点"), .muted)
        }
        if let size = overview.backupSize {
            fact(language.pick("Size", "大小"), "\(formatted(size)) \(TextSanitizer.singleLine(overview.obStorageVolumeUnit?.rawValue ?? ""))")
        }
        let alertsLabel = language.pick("Alerts", "告警")
        let alerts = (state.health.alerts?.byClusterName[context.row.name] ?? []).filter { $0.status?.isFiring ?? true }
        if state.health.alerts?.problem != nil {
            fact(alertsLabel, language.pick("could not be read", "无法读取"), .warning)
        } else if state.health.alerts == nil {
            fact(alertsLabel, language.pick("not read yet", "尚未读取"), .muted)
        } else if alerts.isEmpty {
            fact(alertsLabel, language.pick("none active", "没有活动告警"), .muted)
        } else {
            for (index, alert) in alerts.enumerated() {
                let name = TextSanitizer.singleLine(alert.alarmType ?? language.pick("alert", "告警"))
                let summary = alert.summary.map { language.pick(": ", "：") + TextSanitizer.singleLine($0) } ?? ""
                let level = alert.level.map(String.init) ?? "?"
                fact(
                    index == 0 ? alertsLabel : "", name + language.pick(" (level \(level))", "（级别 \(level)）") + summary,
                    HealthCells.role(.ofAlarm(level: alert.level)))
            }
        }
        return lines
    }

    /// The schedule status in words.
    static func schedule(_ status: BackupScheduleStatus?, in language: Language) -> String {
        switch status {
        case .normal?: language.pick("normal: scheduled data backups run", "正常：按调度执行数据备份")
        case .paused?: language.pick("paused: no scheduled data backup starts (p resumes)", "已暂停：不会按调度开始数据备份（p 恢复调度）")
        case .abnormal?: language.pick("abnormal: scheduled data backups are not running as planned", "异常：数据备份未按计划执行")
        case .waiting?: language.pick("waiting for its first scheduled backup", "等待第一次调度备份")
        case .none?: language.pick("none: the cluster has no backup strategy", "无：该集群没有备份策略")
        case let other?: TextSanitizer.singleLine(other.rawValue)
        case nil: language.pick("unknown (OCP did not say)", "未知（OCP 未说明）")
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
