import Foundation
import OCPAPI

extension StrategyForm {
    /// The request this form describes. Texts that do not parse are left out so that
    /// `StrategyValidator` reports them as missing; the field checks say what is wrong.
    public func request(options: WizardOptions) -> BackupStrategyRequest {
        let offset = ClockText.parseOffset(offsetText)
        let cleanAllowed = options.cleanup(for: storage.type).isEnabled
        let clean = cleanAllowed && cleanEnabled
        let schedule = BackupScheduleConfig(
            backupScheduleMode: scheduleMode, backupScheduleEnabled: true, backupScheduleTime: Self.wireTime(timeText, offset: offset),
            dayAndDataBackupModelMap: dayMap, startLogBackup: true, cleanEnabled: cleanAllowed ? clean : nil,
            backupDataRetentionDays: clean ? Int64(retentionDaysText) : nil,
            cleanScheduleTime: clean ? Self.wireTime(cleanTimeText, offset: offset) : nil)
        let thresholds = BackupThresholdConfig(
            dataBackupTimeoutMinutes: Int64(dataBackupTimeoutText), noSuccessfulDataBackupAlarmDays: Int64(noSuccessDaysText),
            libObLogExpireDays: backupMode == .logical ? Int64(libObLogDaysText) : nil, logBackupDelaySeconds: Int64(logBackupDelayText))
        let secondaryAllowed = options.secondary.isEnabled
        let secondaryOn = secondaryAllowed && secondaryEnabled
        return BackupStrategyRequest(
            backupMode: backupMode, obBackupScheduleConfig: schedule, obBackupThresholdConfig: thresholds,
            obBackupServiceStorageConfig: storage.config, secondaryBackupEnabled: secondaryAllowed ? secondaryOn : nil,
            obSecondaryBackupConfig: secondaryOn
                ? SecondaryBackupConfig(
                    scheduleConfig: SecondaryScheduleConfig(
                        dataBackupScheduleEnabled: secondaryDataBackup, logBackupScheduleEnabled: true, logSecondaryBackupPeriod: .onceADay),
                    storageConfig: secondaryStorage.config)
                : nil)
    }

    /// `HH:mm:ss.SSS±HH:MM` from `HH:MM` and an offset, or `nil` when either does not parse.
    static func wireTime(_ text: String, offset: Int?) -> String? {
        guard let offset, let (hour, minute) = ClockText.parseTime(text) else { return nil }
        return ScheduleTime(hour: hour, minute: minute, offsetSeconds: offset).description
    }
}
