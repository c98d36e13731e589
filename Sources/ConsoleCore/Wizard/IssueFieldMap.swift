/// Maps the dotted JSON paths of `StrategyIssue.field` (and of OCP's validation details) to
/// the wizard field that edits them.
public enum IssueFieldMap {
    /// The field editing `path`, or `nil` when no field does.
    public static func field(for path: String) -> WizardField? {
        let secondaryStorage = "obSecondaryBackupConfig.storageConfig"
        if path.hasPrefix(secondaryStorage) {
            return storageField(for: String(path.dropFirst(secondaryStorage.count))).map(WizardField.secondaryStorage)
        }
        let mainStorage = "obBackupServiceStorageConfig"
        if path.hasPrefix(mainStorage) {
            return storageField(for: String(path.dropFirst(mainStorage.count))).map(WizardField.storage)
        }
        if path.hasPrefix("obSecondaryBackupConfig.scheduleConfig") { return .secondaryDataBackup }
        if path.hasPrefix("obBackupScheduleConfig.dayAndDataBackupModelMap") { return .scheduleGrid }
        switch path {
        case "backupMode", "cluster", "obBackupScheduleConfig.startLogBackup": return .backupMode
        case "obBackupScheduleConfig.backupScheduleMode": return .scheduleMode
        case "obBackupScheduleConfig.backupScheduleTime": return .scheduleTime
        case "obBackupScheduleConfig.cleanEnabled": return .cleanEnabled
        case "obBackupScheduleConfig.backupDataRetentionDays": return .retentionDays
        case "obBackupScheduleConfig.cleanScheduleTime": return .cleanTime
        case "obBackupThresholdConfig.dataBackupTimeoutMinutes": return .dataBackupTimeout
        case "obBackupThresholdConfig.noSuccessfulDataBackupAlarmDays": return .noSuccessDays
        case "obBackupThresholdConfig.logBackupDelaySeconds": return .logBackupDelay
        case "obBackupThresholdConfig.libObLogExpireDays": return .libObLogDays
        case "secondaryBackupEnabled", "obSecondaryBackupConfig": return .secondaryEnabled
        default: return nil
        }
    }

    /// The field an OCP error concerns: by its validation details first, then by its code.
    public static func field(for error: ErrorInfo) -> WizardField? {
        for path in error.fields {
            if let field = field(for: path) ?? field(forLastComponent: path) { return field }
        }
        switch error.code {
        case "BAK21007": return .scheduleTime
        case "BAK10004", "BAK29024": return .storage(.configName)
        case "BAK29018": return .storage(.url)
        case "BAK29019": return .storage(.endpoint)
        case "BAK29020": return .storage(.accessKeyId)
        case "BAK29021": return .storage(.accessKeySecret)
        case "BAK21008", "BAK30004": return .backupMode
        default: return nil
        }
    }

    private static func field(forLastComponent path: String) -> WizardField? {
        guard let last = path.split(separator: ".").last else { return nil }
        switch last {
        case "configName": return .storage(.configName)
        case "storageUrl": return .storage(.url)
        case "backupScheduleTime": return .scheduleTime
        case "dayAndDataBackupModelMap": return .scheduleGrid
        case "backupMode": return .backupMode
        default: return nil
        }
    }

    private static func storageField(for rest: String) -> StorageField? {
        let base = ".obBackupStorageBaseInfo"
        switch rest {
        case ".configName": return .configName
        case ".alarmStoragePercentageThreshold": return .alarmPercent
        case "", base, base + ".backupStorageType": return .type
        case base + ".storageUrl": return .url
        default: break
        }
        if rest.hasSuffix(".endpoint") { return .endpoint }
        if rest.hasSuffix(".accessKeyId") { return .accessKeyId }
        if rest.hasSuffix(".accessKeySecret") { return .accessKeySecret }
        if rest.hasSuffix(".appId") { return .appId }
        if rest.hasSuffix("AccessKey") { return .endpoint }
        return nil
    }
}
