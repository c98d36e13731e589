import ConsoleCore
import OCPAPI

/// A strategy as read back, in words: the console's lines (`StrategyPresentation`), then what
/// the command line adds (log backup, scheduling, secondary copies, the storage AccessKey, the
/// strategy's id and time).
enum StrategyDescription {
    static func render(cluster: Cluster, strategy: BackupStrategy) -> String {
        var list = FieldList()
        list.section("Backup strategy of cluster \(TextSanitizer.singleLine(cluster.name)) (id \(cluster.id))")
        for line in StrategyPresentation.lines(for: .present(strategy)) {
            list.add(line.label, line.text)
        }
        if let schedule = strategy.obBackupScheduleConfig {
            list.add("Log backup", schedule.startLogBackup.map(BackupVocabulary.onOff))
            list.add("Scheduling", schedule.backupScheduleEnabled == false ? "Paused" : "Enabled")
        }
        if let key = strategy.obBackupServiceStorageConfig.flatMap(accessKey) { list.add("Storage AccessKey", key) }
        if strategy.secondaryBackupEnabled == true, let secondary = strategy.obSecondaryBackupConfig {
            let schedule = secondary.scheduleConfig
            let data = "data copies \(BackupVocabulary.onOff(schedule?.dataBackupScheduleEnabled == true).lowercased())"
            let log =
                schedule?.logBackupScheduleEnabled == true
                ? "log copies \(schedule?.logSecondaryBackupPeriod.map(BackupVocabulary.period) ?? "on")" : "log copies off"
            list.add("Secondary copies", "\(data), \(log)")
            if let key = secondary.storageConfig.flatMap(accessKey) { list.add("Secondary AccessKey", key) }
        }
        list.add("Strategy id", strategy.id.map(String.init))
        list.add("Updated", (strategy.updateTime ?? strategy.createTime)?.raw)
        return list.render()
    }

    /// `cqammmxBpfGjFlto / ******` for an OSS or COS storage.
    private static func accessKey(_ storage: StorageConfig) -> String? {
        guard let key = storage.obBackupStorageBaseInfo?.ossAccessKey ?? storage.obBackupStorageBaseInfo?.cosAccessKey else { return nil }
        return "\(key.accessKeyId ?? "?") / \(Secret.mask)"
    }
}
