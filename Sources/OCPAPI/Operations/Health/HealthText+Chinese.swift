import Foundation
import Localization

/// The Simplified Chinese wording of the health results, beside ``HealthText``'s English, with
/// the terms of OCP's Chinese console (数据备份, 日志备份, 备份调度, 可恢复时间).
extension HealthText {
    /// The reason in `language`.
    public static func text(_ reason: HealthReason, in language: Language) -> String {
        language == .english ? english(reason) : chinese(reason)
    }

    /// The finding's reason in `language`, prefixed by its level when it is not OK.
    public static func text(_ finding: HealthFinding, in language: Language) -> String {
        language == .english
            ? english(finding) : finding.level == .ok ? chinese(finding.reason) : "\(finding.level.rawValue)：\(chinese(finding.reason))"
    }

    /// The reason in Chinese.
    public static func chinese(_ reason: HealthReason) -> String {
        func span(_ seconds: Double) -> String { DurationText.short(seconds, in: .simplifiedChinese) }
        switch reason {
        case .noStrategy(let required, let type, let status):
            if required { return "运行中的主集群没有备份策略" }
            let why = type == .standby ? "备集群" : "集群状态为 " + TextSanitizer.singleLine(status?.rawValue ?? "未运行")
            return "没有备份策略（无需：\(why)）"
        case .strategyDefined(let mode):
            return "已定义备份策略" + (mode.map { "（\(chinese($0))）" } ?? "")
        case .schedule(let status):
            return "备份调度" + chinese(status)
        case .lastSuccessfulDataBackup(let at, let age, let days, let since):
            let limit = "超过 \(days) 天告警"
            if at != nil, let age { return "最近一次成功的数据备份在 \(span(age))前；\(limit)" }
            if since != nil, let age { return "策略创建后的 \(span(age))内没有成功的数据备份；\(limit)" }
            return "没有已知的成功数据备份；\(limit)"
        case .latestDataBackup(let kind, let status, let statusClass, _, let message):
            let what = "最近一次\(kind.map(chinese) ?? "数据")备份"
            let raw = TextSanitizer.singleLine(status?.rawValue ?? "无状态")
            let detail = message.map { "：" + TextSanitizer.singleLine($0) } ?? ""
            return "\(what)\(chinese(statusClass))（\(raw)）\(detail)"
        case .noDataBackupTasks:
            return "所读时段内没有数据备份任务"
        case .logBackup(let status, let statusClass):
            guard let status else { return "没有日志备份任务" }
            let raw = TextSanitizer.singleLine(status.rawValue)
            return statusClass == .running ? "日志备份运行中（\(raw)）" : "日志备份未运行：\(raw)（\(chinese(statusClass))）"
        case .logBackupDelay(let seconds, let threshold):
            return "日志备份延迟 \(span(seconds))；超过 \(span(Double(threshold))) 告警"
        case .recoverableUntil(let tenant, let end, let age, let threshold):
            let who = tenant.map { "租户 " + TextSanitizer.singleLine($0) } ?? "无租户"
            guard end != nil, let age else { return "\(who)：最近 7 天没有可恢复时间" }
            return "\(who)可恢复到 \(span(age))前；超过 \(span(Double(threshold))) 告警"
        case .activeAlert(let type, let level, let summary):
            let name = TextSanitizer.singleLine(type ?? "告警")
            let levelText = level.map { " 级别 \($0)" } ?? ""
            return "OCP 告警 \(name)\(levelText)" + (summary.map { "：" + TextSanitizer.singleLine($0) } ?? "")
        case .noActiveAlerts:
            return "没有活动的 OCP 备份告警"
        case .inputUnavailable(let kind, let problem):
            return "无法读取\(chinese(kind))（\(TextSanitizer.singleLine(problem))）；该规则无法判定"
        }
    }

    /// A status class in Chinese.
    public static func chinese(_ statusClass: StatusClass) -> String {
        switch statusClass {
        case .pending: "等待中"
        case .running: "运行中"
        case .succeeded: "成功"
        case .failed: "失败"
        case .paused: "已停止"
        case .unknown: "状态未知"
        }
    }

    /// A scheduling state in Chinese.
    public static func chinese(_ status: BackupScheduleStatus) -> String {
        switch status {
        case .none: "未设置"
        case .normal: "正常"
        case .paused: "已暂停"
        case .waiting: "等待中"
        case .abnormal: "异常"
        default: TextSanitizer.singleLine(status.rawValue)
        }
    }

    /// A data backup kind in Chinese.
    public static func chinese(_ kind: DataBackupKind) -> String {
        switch kind {
        case .full: "全量"
        case .incremental: "增量"
        default: TextSanitizer.singleLine(kind.rawValue)
        }
    }

    /// A backup mode in Chinese.
    public static func chinese(_ mode: BackupMode) -> String {
        switch mode {
        case .physical: "物理备份"
        case .logical: "逻辑备份"
        default: TextSanitizer.singleLine(mode.rawValue)
        }
    }

    /// An input in Chinese.
    public static func chinese(_ kind: HealthInputKind) -> String {
        switch kind {
        case .overview: "备份概览"
        case .strategy: "备份策略"
        case .dataTasks: "数据备份任务"
        case .logTasks: "日志备份任务"
        case .recoverability: "可恢复时间"
        case .alerts: "备份告警"
        }
    }
}
