import OCPAPI

/// A strategy as read back, in words.
enum StrategyDescription {
    private static let weekdays = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

    static func render(cluster: Cluster, strategy: BackupStrategy) -> String {
        var list = FieldList()
        list.section("Backup strategy of cluster \(TextSanitizer.singleLine(cluster.name)) (id \(cluster.id))")
        list.add("Mode", strategy.backupMode?.rawValue)
        if let schedule = strategy.obBackupScheduleConfig {
            list.add("Schedule", scheduleText(schedule))
            list.add("Log backup", schedule.startLogBackup.map { $0 ? "on" : "off" })
            list.add("Scheduling", schedule.backupScheduleEnabled.map { $0 ? "enabled" : "paused" } ?? "enabled")
            if schedule.cleanEnabled == true {
                let at = schedule.cleanScheduleTime.flatMap(ScheduleTime.parse).map { " at \($0.shortClock) \($0.offsetLabel)" } ?? ""
                list.add("Cleanup", "keep \(schedule.backupDataRetentionDays.map(String.init) ?? "?") days\(at)")
            } else {
                list.add("Cleanup", "off")
            }
        }
        if let storage = strategy.obBackupServiceStorageConfig { list.add("Storage", storageText(storage)) }
        if let thresholds = strategy.obBackupThresholdConfig {
            var parts: [String] = []
            if let value = thresholds.dataBackupTimeoutMinutes { parts.append("data backup over \(value) min") }
            if let value = thresholds.logBackupDelaySeconds { parts.append("log backup behind by \(value) s") }
            if let value = thresholds.noSuccessfulDataBackupAlarmDays { parts.append("no successful data backup for \(value) days") }
            if let value = thresholds.libObLogExpireDays { parts.append("liboblog kept \(value) days") }
            list.add("Alerts", parts.joined(separator: "; "))
        }
        if strategy.secondaryBackupEnabled == true, let secondary = strategy.obSecondaryBackupConfig {
            let schedule = secondary.scheduleConfig
            let data = schedule?.dataBackupScheduleEnabled == true ? "data copies on" : "data copies off"
            let log =
                schedule?.logBackupScheduleEnabled == true ? "log copies \(schedule?.logSecondaryBackupPeriod?.rawValue ?? "on")" : "log copies off"
            list.add("Secondary backup", "\(data), \(log), to " + (secondary.storageConfig.map(storageText) ?? "-"))
        } else {
            list.add("Secondary backup", "off")
        }
        list.add("Strategy id", strategy.id.map(String.init))
        list.add("Updated", (strategy.updateTime ?? strategy.createTime)?.raw)
        return list.render()
    }

    static func scheduleText(_ schedule: BackupScheduleConfig) -> String {
        let month = schedule.backupScheduleMode == .month
        let days = (schedule.dayAndDataBackupModelMap ?? [:]).sorted { (Int($0.key) ?? 0) < (Int($1.key) ?? 0) }.map { key, kind in
            let day = month ? "day \(key)" : (Int(key).flatMap { (1...7).contains($0) ? weekdays[$0 - 1] : nil } ?? key)
            return "\(day) \(kind == .full ? "full" : kind == .incremental ? "incremental" : kind.rawValue)"
        }
        let time =
            schedule.backupScheduleTime.flatMap(ScheduleTime.parse).map { "\($0.shortClock) \($0.offsetLabel)" }
            ?? schedule.backupScheduleTime ?? "?"
        return "\(month ? "monthly" : "weekly") at \(time): " + days.joined(separator: ", ")
    }

    static func storageText(_ storage: StorageConfig) -> String {
        let base = storage.obBackupStorageBaseInfo
        let type = base?.backupStorageType.map { $0.scheme?.uppercased() ?? $0.rawValue } ?? "?"
        var text = "\(type) \(base?.storageUrl ?? "?") (config \(storage.configName ?? "?")"
        if let id = storage.storageId { text += ", id \(id)" }
        text += ")"
        if let key = base?.ossAccessKey ?? base?.cosAccessKey {
            text += ", endpoint \(key.endpoint ?? "?"), AccessKey \(key.accessKeyId ?? "?") / \(Secret.mask)"
        }
        if let percent = storage.alarmStoragePercentageThreshold { text += ", alert at \(percent)%" }
        return text
    }
}
