import Localization
import OCPAPI

/// A strategy read back, said in words for the strategy view; every server string sanitized
/// and every secret masked.
public enum StrategyPresentation {
    /// The lines for a snapshot: "No backup strategy" or one line per part of the strategy.
    public static func lines(for snapshot: StrategySnapshot, in language: Language) -> [AbilityLine] {
        guard case .present(let strategy) = snapshot else {
            return [AbilityLine(label: language.pick("Strategy", "备份策略"), text: language.pick("No backup strategy", "没有备份策略"), tone: .info)]
        }
        var lines: [AbilityLine] = []
        if let mode = strategy.backupMode {
            lines.append(AbilityLine(label: language.pick("Mode", "备份方式"), text: BackupVocabulary.mode(mode, in: language), tone: .info))
        }
        if let schedule = strategy.obBackupScheduleConfig {
            lines.append(AbilityLine(label: language.pick("Schedule", "备份调度"), text: scheduleText(schedule, in: language), tone: .info))
            if schedule.cleanEnabled == true {
                let time =
                    schedule.cleanScheduleTime.flatMap(ScheduleTime.parse).map { language.pick(" at ", "，") + "\($0.shortClock) \($0.offsetLabel)" }
                    ?? ""
                let days = schedule.backupDataRetentionDays.map(String.init) ?? "?"
                lines.append(
                    AbilityLine(label: language.pick("Cleanup", "过期清理"), text: language.pick("Keep \(days) days", "保留 \(days) 天") + time, tone: .info)
                )
            } else {
                lines.append(AbilityLine(label: language.pick("Cleanup", "过期清理"), text: BackupVocabulary.onOff(false, in: language), tone: .info))
            }
        }
        if let storage = strategy.obBackupServiceStorageConfig {
            lines.append(AbilityLine(label: language.pick("Storage", "存储"), text: storageText(storage, in: language), tone: .info))
        }
        if let thresholds = strategy.obBackupThresholdConfig {
            var parts: [String] = []
            if let value = thresholds.dataBackupTimeoutMinutes { parts.append(language.pick("timeout \(value) min", "超时 \(value) 分钟")) }
            if let value = thresholds.logBackupDelaySeconds { parts.append(language.pick("log delay \(value) s", "日志延迟 \(value) 秒")) }
            if let value = thresholds.noSuccessfulDataBackupAlarmDays { parts.append(language.pick("no success \(value) d", "无成功备份 \(value) 天")) }
            if let value = thresholds.libObLogExpireDays { parts.append(language.pick("liboblog \(value) d", "liboblog \(value) 天")) }
            lines.append(AbilityLine(label: language.pick("Alerts", "告警"), text: parts.joined(separator: language.pick(", ", "，")), tone: .info))
        }
        if strategy.secondaryBackupEnabled == true {
            let target =
                strategy.obSecondaryBackupConfig?.storageConfig.map { storageText($0, in: language) } ?? language.pick("storage not shown", "存储未显示")
            lines.append(AbilityLine(label: language.pick("Secondary", "二次备份"), text: language.pick("On: ", "开启：") + target, tone: .info))
        } else {
            lines.append(AbilityLine(label: language.pick("Secondary", "二次备份"), text: BackupVocabulary.onOff(false, in: language), tone: .info))
        }
        return lines
    }

    /// `Weekly: Tue Full, Thu Full, Sat Incremental at 02:00 UTC+08:00`.
    public static func scheduleText(_ schedule: BackupScheduleConfig, in language: Language) -> String {
        let monthly = schedule.backupScheduleMode == .month
        let days = (schedule.dayAndDataBackupModelMap ?? [:]).compactMap { key, kind -> (Int, String)? in
            guard let day = Int(key) else { return nil }
            let dayName = language.pick("day \(day)", "\(day) 日")
            let name = monthly ? dayName : (1...7).contains(day) ? SchedulePreview.weekdayNames(in: language)[day - 1] : dayName
            return (day, "\(name) \(BackupVocabulary.dataBackupKind(kind, in: language))")
        }.sorted { $0.0 < $1.0 }.map(\.1)
        let time =
            schedule.backupScheduleTime.flatMap(ScheduleTime.parse).map { language.pick(" at ", "，") + "\($0.shortClock) \($0.offsetLabel)" } ?? ""
        let cycle = monthly ? language.pick("Monthly: ", "每月：") : language.pick("Weekly: ", "每周：")
        return cycle + (days.isEmpty ? language.pick("no days", "无备份日") : days.joined(separator: language.pick(", ", "，"))) + time
    }

    /// `FILE file:///obbackup/ (nfs0907_1452, id 2000034, alert 80%)`.
    public static func storageText(_ storage: StorageConfig, in language: Language) -> String {
        let base = storage.obBackupStorageBaseInfo
        let type = BackupVocabulary.storageType(base?.backupStorageType)
        var details: [String] = []
        if let name = storage.configName { details.append(TextSanitizer.singleLine(name)) }
        if let id = storage.storageId { details.append("id \(id)") }
        if let percent = storage.alarmStoragePercentageThreshold { details.append(language.pick("alert \(percent)%", "告警 \(percent)%")) }
        if let key = base?.ossAccessKey ?? base?.cosAccessKey, let endpoint = key.endpoint {
            details.append(TextSanitizer.singleLine(endpoint))
        }
        let url = TextSanitizer.singleLine(base?.storageUrl ?? "")
        return "\(type) \(url)" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }
}
