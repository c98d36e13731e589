/// The schedule, cleanup and threshold rules.
extension StrategyValidator {
    static func validateSchedule(
        _ schedule: BackupScheduleConfig, mode: BackupMode?, storage: StorageConfig?, context: StrategyContext?
    ) -> [StrategyIssue] {
        let field = "obBackupScheduleConfig"
        var issues: [StrategyIssue] = []
        let scheduleMode = schedule.backupScheduleMode
        if let scheduleMode {
            if !scheduleMode.isDocumented {
                issues.append(
                    invalid("\(field).backupScheduleMode", "'\(InputExcerpt.clipped(scheduleMode.rawValue))' is not a cycle; use WEEK or MONTH."))
            }
        } else {
            issues.append(missing("\(field).backupScheduleMode"))
        }
        issues += time(schedule.backupScheduleTime, field: "\(field).backupScheduleTime", required: true)
        issues += days(schedule.dayAndDataBackupModelMap, scheduleMode: scheduleMode, backupMode: mode, context: context)
        if mode == .physical, schedule.startLogBackup != true {
            issues.append(invalid("\(field).startLogBackup", "Physical backup needs log backup on (startLogBackup: true)."))
        }
        if schedule.cleanEnabled == true {
            if let type = storage?.obBackupStorageBaseInfo?.backupStorageType, type == .oss || type == .cos {
                issues.append(invalid("\(field).cleanEnabled", "OSS and COS storage do not support scheduled cleanup of expired backups."))
            }
            issues += range(
                schedule.backupDataRetentionDays, StrategyDefaults.retentionRange, field: "\(field).backupDataRetentionDays",
                required: true)
            issues += time(schedule.cleanScheduleTime, field: "\(field).cleanScheduleTime", required: false)
        } else {
            issues += time(schedule.cleanScheduleTime, field: "\(field).cleanScheduleTime", required: false)
        }
        return issues
    }

    private static func days(
        _ map: [String: DataBackupKind]?, scheduleMode: ScheduleMode?, backupMode: BackupMode?, context: StrategyContext?
    ) -> [StrategyIssue] {
        let field = "obBackupScheduleConfig.dayAndDataBackupModelMap"
        guard let map, !map.isEmpty else {
            return [invalid(field, "Choose at least one day with a backup.")]
        }
        var issues: [StrategyIssue] = []
        let upper = scheduleMode == .month ? 31 : 7
        for key in map.keys.sorted(by: { (Int($0) ?? 0) < (Int($1) ?? 0) }) {
            guard let day = Int(key), String(day) == key, (1...upper).contains(day) else {
                let unit = scheduleMode == .month ? "1–31 (days of the month)" : "1–7 (Monday–Sunday)"
                issues.append(invalid("\(field).\(InputExcerpt.clipped(key))", "'\(InputExcerpt.clipped(key))' is not a day; use \(unit)."))
                continue
            }
            let kind = map[key] ?? .full
            if !kind.isDocumented {
                issues.append(
                    invalid(
                        "\(field).\(InputExcerpt.clipped(key))",
                        "'\(InputExcerpt.clipped(kind.rawValue))' is not a backup kind; use FULL_BACKUP or INCREMENTAL_BACKUP."))
            } else if kind == .incremental, backupMode == .logical {
                issues.append(invalid("\(field).\(InputExcerpt.clipped(key))", "Logical backup does full backups only."))
            } else if kind == .incremental, context?.ability?.obDataBackupSupportAbility?.incrementBackupEnabled == false {
                issues.append(invalid("\(field).\(InputExcerpt.clipped(key))", "This cluster does not support incremental backup."))
            }
        }
        if scheduleMode == .month, map.count > StrategyDefaults.maxMonthDays {
            issues.append(invalid(field, "A monthly schedule may use at most \(StrategyDefaults.maxMonthDays) days; it has \(map.count)."))
        }
        if !map.values.contains(.full), map.values.contains(.incremental),
            context?.ability?.obDataBackupSupportAbility?.canDoIncrementalBackup == false
        {
            issues.append(
                StrategyIssue(
                    code: "BAK10002", field: field,
                    message: "No full backup is scheduled and the cluster has none yet, so incremental backups will fail.",
                    severity: .warning))
        }
        return issues
    }

    static func validateThresholds(_ thresholds: BackupThresholdConfig, mode: BackupMode?) -> [StrategyIssue] {
        let field = "obBackupThresholdConfig"
        var issues = range(
            thresholds.dataBackupTimeoutMinutes, StrategyDefaults.dataBackupTimeoutRange, field: "\(field).dataBackupTimeoutMinutes",
            required: true)
        issues += range(
            thresholds.noSuccessfulDataBackupAlarmDays, StrategyDefaults.noSuccessDaysRange,
            field: "\(field).noSuccessfulDataBackupAlarmDays", required: true)
        issues += range(
            thresholds.logBackupDelaySeconds, StrategyDefaults.logBackupDelayRange, field: "\(field).logBackupDelaySeconds",
            required: true)
        if thresholds.libObLogExpireDays != nil, mode == .physical {
            issues.append(invalid("\(field).libObLogExpireDays", "liboblog retention applies to logical backup only."))
        } else {
            issues += range(
                thresholds.libObLogExpireDays, StrategyDefaults.libObLogRange, field: "\(field).libObLogExpireDays", required: false)
        }
        return issues
    }
}
