import OCPAPI

/// A strategy read back, said in words for the strategy view; every server string sanitized
/// and every secret masked.
public enum StrategyPresentation {
    /// The lines for a snapshot: "No backup strategy" or one line per part of the strategy.
    public static func lines(for snapshot: StrategySnapshot) -> [AbilityLine] {
        guard case .present(let strategy) = snapshot else {
            return [AbilityLine(label: "Strategy", text: "No backup strategy", tone: .info)]
        }
        var lines: [AbilityLine] = []
        if let mode = strategy.backupMode {
            lines.append(AbilityLine(label: "Mode", text: BackupVocabulary.mode(mode), tone: .info))
        }
        if let schedule = strategy.obBackupScheduleConfig {
            lines.append(AbilityLine(label: "Schedule", text: scheduleText(schedule), tone: .info))
            if schedule.cleanEnabled == true {
                let time = schedule.cleanScheduleTime.flatMap(ScheduleTime.parse).map { " at \($0.shortClock) \($0.offsetLabel)" } ?? ""
                lines.append(
                    AbilityLine(label: "Cleanup", text: "Keep \(schedule.backupDataRetentionDays.map(String.init) ?? "?") days\(time)", tone: .info))
            } else {
                lines.append(AbilityLine(label: "Cleanup", text: BackupVocabulary.onOff(false), tone: .info))
            }
        }
        if let storage = strategy.obBackupServiceStorageConfig {
            lines.append(AbilityLine(label: "Storage", text: storageText(storage), tone: .info))
        }
        if let thresholds = strategy.obBackupThresholdConfig {
            var parts: [String] = []
            if let value = thresholds.dataBackupTimeoutMinutes { parts.append("timeout \(value) min") }
            if let value = thresholds.logBackupDelaySeconds { parts.append("log delay \(value) s") }
            if let value = thresholds.noSuccessfulDataBackupAlarmDays { parts.append("no success \(value) d") }
            if let value = thresholds.libObLogExpireDays { parts.append("liboblog \(value) d") }
            lines.append(AbilityLine(label: "Alerts", text: parts.joined(separator: ", "), tone: .info))
        }
        if strategy.secondaryBackupEnabled == true {
            let target = strategy.obSecondaryBackupConfig?.storageConfig.map(storageText) ?? "storage not shown"
            lines.append(AbilityLine(label: "Secondary", text: "On: \(target)", tone: .info))
        } else {
            lines.append(AbilityLine(label: "Secondary", text: BackupVocabulary.onOff(false), tone: .info))
        }
        return lines
    }

    /// `Weekly: Tue Full, Thu Full, Sat Incremental at 02:00 UTC+08:00`.
    public static func scheduleText(_ schedule: BackupScheduleConfig) -> String {
        let monthly = schedule.backupScheduleMode == .month
        let days = (schedule.dayAndDataBackupModelMap ?? [:]).compactMap { key, kind -> (Int, String)? in
            guard let day = Int(key) else { return nil }
            let name = monthly ? "day \(day)" : (1...7).contains(day) ? SchedulePreview.weekdayNames[day - 1] : "day \(day)"
            return (day, "\(name) \(BackupVocabulary.dataBackupKind(kind))")
        }.sorted { $0.0 < $1.0 }.map(\.1)
        let time = schedule.backupScheduleTime.flatMap(ScheduleTime.parse).map { " at \($0.shortClock) \($0.offsetLabel)" } ?? ""
        return (monthly ? "Monthly: " : "Weekly: ") + (days.isEmpty ? "no days" : days.joined(separator: ", ")) + time
    }

    /// `FILE file:///obbackup/ (nfs0907_1452, id 2000034, alert 80%)`.
    public static func storageText(_ storage: StorageConfig) -> String {
        let base = storage.obBackupStorageBaseInfo
        let type = BackupVocabulary.storageType(base?.backupStorageType)
        var details: [String] = []
        if let name = storage.configName { details.append(TextSanitizer.singleLine(name)) }
        if let id = storage.storageId { details.append("id \(id)") }
        if let percent = storage.alarmStoragePercentageThreshold { details.append("alert \(percent)%") }
        if let key = base?.ossAccessKey ?? base?.cosAccessKey, let endpoint = key.endpoint {
            details.append(TextSanitizer.singleLine(endpoint))
        }
        let url = TextSanitizer.singleLine(base?.storageUrl ?? "")
        return "\(type) \(url)" + (details.isEmpty ? "" : " (\(details.joined(separator: ", ")))")
    }
}
