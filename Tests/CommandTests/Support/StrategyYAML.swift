/// Strategy bodies as `strategy create --file` reads them: a weekly physical strategy at 02:00
/// (+08:00) with a 120-minute timeout, a 300 s log delay and an alarm after 2 days.
enum StrategyYAML {
    /// The body with `days` (YAML lines such as `2: FULL_BACKUP`), storage `configName`, and
    /// `storage`: the lines of `obBackupStorageBaseInfo`, indented by four spaces.
    static func body(days: [String], configName: String, storage: String) -> String {
        """
        backupMode: PHYSICAL_BACKUP
        obBackupScheduleConfig:
          backupScheduleMode: WEEK
          backupScheduleTime: "02:00:00.000+08:00"
          dayAndDataBackupModelMap:
        \(days.map { "    " + $0 }.joined(separator: "\n"))
          startLogBackup: true
        obBackupThresholdConfig:
          dataBackupTimeoutMinutes: 120
          logBackupDelaySeconds: 300
          noSuccessfulDataBackupAlarmDays: 2
        obBackupServiceStorageConfig:
          configName: \(configName)
          obBackupStorageBaseInfo:
        \(storage)
        """
    }
}
