import ConsoleCore
import Localization
import OCPAPI

/// A strategy as read back, in words: the console's lines (`StrategyPresentation`), then what
/// the command line adds (log backup, scheduling, secondary copies, the storage AccessKey, the
/// strategy's id and time).
enum StrategyDescription {
    static func render(cluster: Cluster, strategy: BackupStrategy, language: Language) -> String {
        var list = FieldList()
        let name = TextSanitizer.singleLine(cluster.name)
        list.section(language.pick("Backup strategy of cluster \(name) (id \(cluster.id))", "集群 \(name)（ID \(cluster.id)）的备份策略"))
        for line in StrategyPresentation.lines(for: .present(strategy), in: language) {
            list.add(line.label, line.text)
        }
        func onOff(_ value: Bool) -> String { BackupVocabulary.onOff(value, in: language) }
        if let schedule = strategy.obBackupScheduleConfig {
            list.add(language.pick("Log backup", "日志备份"), schedule.startLogBackup.map(onOff))
            list.add(
                language.pick("Scheduling", "备份调度"),
                schedule.backupScheduleEnabled == false ? language.pick("Paused", "已暂停") : language.pick("Enabled", "已启用"))
        }
        if let key = strategy.obBackupServiceStorageConfig.flatMap(accessKey) { list.add(language.pick("Storage AccessKey", "存储 AccessKey"), key) }
        if strategy.secondaryBackupEnabled == true, let secondary = strategy.obSecondaryBackupConfig {
            let schedule = secondary.scheduleConfig
            let dataOn = onOff(schedule?.dataBackupScheduleEnabled == true)
            let period = schedule?.logSecondaryBackupPeriod.map { BackupVocabulary.period($0, in: language) }
            let copies =
                language == .english
                ? "data copies \(dataOn.lowercased()), "
                    + (schedule?.logBackupScheduleEnabled == true ? "log copies \(period ?? "on")" : "log copies off")
                : "数据副本\(dataOn)，" + (schedule?.logBackupScheduleEnabled == true ? "日志副本\(period ?? "开启")" : "日志副本关闭")
            list.add(language.pick("Secondary copies", "二次备份副本"), copies)
            if let key = secondary.storageConfig.flatMap(accessKey) { list.add(language.pick("Secondary AccessKey", "二次备份 AccessKey"), key) }
        }
        list.add(language.pick("Strategy id", "策略 ID"), strategy.id.map(String.init))
        list.add(language.pick("Updated", "更新时间"), (strategy.updateTime ?? strategy.createTime)?.raw)
        return list.render()
    }

    /// `cqammmxBpfGjFlto / ******` for an OSS or COS storage.
    private static func accessKey(_ storage: StorageConfig) -> String? {
        guard let key = storage.obBackupStorageBaseInfo?.ossAccessKey ?? storage.obBackupStorageBaseInfo?.cosAccessKey else { return nil }
        return "\(key.accessKeyId ?? "?") / \(Secret.mask)"
    }
}
