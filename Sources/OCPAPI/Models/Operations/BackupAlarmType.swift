/// The `alarmType`s of OCP's backup alarms, and what drives each.
public enum BackupAlarmType {
    /// Log backup delay above the strategy's `logBackupDelaySeconds` (level 2).
    public static let logBackupDelay = "inc_backup_delay"
    /// A data backup task failed (level 2).
    public static let dataBackupFailed = "base_backup_fail"
    /// A data backup runs longer than the strategy's `dataBackupTimeoutMinutes` (level 4).
    public static let dataBackupTimeout = "base_backup_timeout"
    /// No successful data backup for the strategy's `noSuccessfulDataBackupAlarmDays` (level 2).
    public static let noSuccessfulDataBackup = "base_backup_too_long_time_no_one_success_task"
    /// Backup storage use above the storage's `alarmStoragePercentageThreshold` (level 3).
    public static let storageCapacity = "backup_storage_capacity_over_threshold"
    /// The storage collection job kept failing (level 1).
    public static let storageCollectionFailed = "backup_storage_capacity_retry_times_exceeded"
    /// The storage collection job timed out or was interrupted (level 3).
    public static let storageCollectionInterrupted = "backup_storage_capacity_timeout_or_interrupted"
    /// The logical backup or restore service process is down (level 1).
    public static let serviceDown = "backup_process_dead"
    /// A second-backup task failed (level 2).
    public static let secondaryBackupFailed = "base_secondary_backup_fail"

    /// Every backup alarm type.
    public static let all = [
        logBackupDelay, dataBackupFailed, dataBackupTimeout, noSuccessfulDataBackup, storageCapacity, storageCollectionFailed,
        storageCollectionInterrupted, serviceDown, secondaryBackupFailed,
    ]
}
