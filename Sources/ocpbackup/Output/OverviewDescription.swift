import OCPAPI

/// A backup overview in words: scheduling (words and OCP's value), the last data backup and
/// the log checkpoint with their ages, the delay, the size, and the health rules' verdict.
enum OverviewDescription {
    static func render(cluster: Cluster, overview: BackupOverview, health: HealthReport, times: LocalTimeText) -> String {
        var list = FieldList()
        list.section("Backup overview of cluster \(cluster.label)")
        let kind = [overview.obClusterType?.rawValue, overview.obClusterStatus?.rawValue].compactMap { $0 }.joined(separator: ", ")
        list.add("Cluster", [kind, overview.obVersion.map { "OceanBase \($0)" }].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ", "))
        list.add("Strategy", strategyText(overview.obClusterBackupStatus))
        list.add("Scheduling", overview.backupScheduleStatus.map { "\(HealthText.english($0)) (\($0.rawValue))" })
        list.add("Last data backup", overview.lastDataBackupTime?.date.map(times.timeWithAge) ?? "none")
        list.add("Log checkpoint", overview.latestLogBackupCheckpoint?.date.map(times.timeWithAge) ?? "none")
        list.add("Log backup delay", overview.logBackupDelaySeconds.map(DurationText.precise))
        list.add("Backup size", sizeText(overview))
        list.add("Compaction", overview.compactionStatus)
        if let canIncrement = overview.obBackupAbility?.obDataBackupSupportAbility?.canDoIncrementalBackup {
            list.add("Incremental now", canIncrement ? "possible: a full backup exists" : "not yet: no full backup to build on")
        }
        list.add("Health", health.level.rawValue)
        for finding in health.problems { list.continuation(HealthText.english(finding)) }
        if !health.unchecked.isEmpty {
            list.add("Not checked", health.unchecked.map(\.rawValue).joined(separator: ", ") + " (ocpbackup health --deep checks them)")
        }
        list.add("OCP time", times.timeWithOffset(times.now))
        return list.render()
    }

    /// `defined` or `none`, as the overview says.
    static func strategyText(_ status: ClusterBackupStatus?) -> String? {
        switch status {
        case .hasStrategy?: "defined"
        case .noStrategy?: "none"
        case let other?: other.rawValue
        case nil: nil
        }
    }

    /// `12.5 GB`.
    static func sizeText(_ overview: BackupOverview) -> String? {
        guard let size = overview.backupSize else { return nil }
        let number = size == size.rounded() ? String(Int64(size)) : String(format: "%.2f", size)
        return "\(number) \(overview.obStorageVolumeUnit?.rawValue ?? "")".trimmingCharacters(in: .whitespaces)
    }
}
