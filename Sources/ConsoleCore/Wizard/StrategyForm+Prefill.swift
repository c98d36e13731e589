import Foundation
import OCPAPI

extension StrategyForm {
    /// The form of an existing strategy, for modify: every value read back, `storageId`s kept.
    ///
    /// Secrets: OCP reads them back as `******`. Sending that placeholder would store six
    /// asterisks as the new secret, so the form never keeps it: the secret starts empty and the
    /// person types it again (the storage step refuses Next until they do).
    public init(strategy: BackupStrategy, options: WizardOptions, localOffsetSeconds: Int) {
        self.init(backupMode: strategy.backupMode ?? options.defaultMode, offsetSeconds: localOffsetSeconds)
        if let schedule = strategy.obBackupScheduleConfig {
            scheduleMode = schedule.backupScheduleMode == .month ? .month : .week
            if let map = schedule.dayAndDataBackupModelMap {
                var grid: [DataBackupKind?] = Array(repeating: nil, count: scheduleMode == .month ? 31 : 7)
                for (key, kind) in map {
                    if let day = Int(key), grid.indices.contains(day - 1) { grid[day - 1] = kind }
                }
                days = grid
            }
            if let text = schedule.backupScheduleTime, let time = ScheduleTime.parse(text) {
                timeText = time.shortClock
                offsetText = ClockText.offset(time.offsetSeconds)
            }
            cleanEnabled = schedule.cleanEnabled ?? false
            if let days = schedule.backupDataRetentionDays { retentionDaysText = String(days) }
            if let text = schedule.cleanScheduleTime, let time = ScheduleTime.parse(text) { cleanTimeText = time.shortClock }
        }
        if let thresholds = strategy.obBackupThresholdConfig {
            if let value = thresholds.dataBackupTimeoutMinutes { dataBackupTimeoutText = String(value) }
            if let value = thresholds.noSuccessfulDataBackupAlarmDays { noSuccessDaysText = String(value) }
            if let value = thresholds.logBackupDelaySeconds { logBackupDelayText = String(value) }
            if let value = thresholds.libObLogExpireDays { libObLogDaysText = String(value) }
        }
        if let config = strategy.obBackupServiceStorageConfig { storage = StorageForm(config: config) }
        secondaryEnabled = strategy.secondaryBackupEnabled ?? false
        if let secondary = strategy.obSecondaryBackupConfig {
            secondaryDataBackup = secondary.scheduleConfig?.dataBackupScheduleEnabled ?? true
            if let config = secondary.storageConfig { secondaryStorage = StorageForm(config: config) }
        }
    }
}
