import Localization
import OCPAPI

/// The backup operations the console starts: each confirmed, refused in read-only mode and
/// sent once as a `PreparedMutation`.
public enum OperationCommand: String, Equatable, Sendable, CaseIterable {
    /// `b`: back up the shown cluster now, full or incremental.
    case backupNow
    /// `p`: pause or resume the shown cluster's automatic data backups.
    case schedule
    /// `R`: retry the failed task of the task view.
    case retry
    /// `R` beside the cluster: open its latest data backup, which failed, to retry it.
    case retryLatest
    /// `t`: restore one of the shown cluster's tenants to a point in time (the restore wizard).
    case restore
}

/// Which operations the console allows now, each with the reason when it does not.
public enum OperationActions {
    /// Cluster states in which OCP does not start a data backup (it answers BAK31001).
    static let notBackingUp: Set<ClusterStatus> = [.stopped, .stopping, .creating, .deleting]

    /// The availability of `command` in `state`; `nil` when nothing it applies to is shown.
    public static func availability(of command: OperationCommand, in state: ConsoleState) -> Availability? {
        switch command {
        case .retry:
            guard let view = state.taskView else { return nil }
            if state.readOnly { return .disabled(readOnly) }
            guard let task = view.task.value?.value else { return .disabled(Bilingual("the task has not been read yet", "尚未读取任务")) }
            guard task.statusClass == .failed else {
                return .disabled(
                    Bilingual(
                        "the task has not failed (it is \(TextSanitizer.singleLine(task.status?.rawValue ?? "of unknown status")))",
                        "任务并未失败（状态为 \(TextSanitizer.singleLine(task.status?.rawValue ?? "未知"))）"))
            }
            return .enabled
        case .retryLatest:
            guard let cluster = state.detailCluster else { return nil }
            if state.readOnly { return .disabled(readOnly) }
            guard let entries = state.taskLists[cluster.id]?.value?.entries else {
                return .disabled(Bilingual("its tasks have not been read (tab 4)", "尚未读取其任务（标签页 4）"))
            }
            guard latestDataBackup(in: entries) != nil else { return .disabled(Bilingual("its latest data backup did not fail", "其最近一次数据备份没有失败")) }
            return .enabled
        case .restore:
            guard state.detailCluster != nil else { return nil }
            if state.readOnly { return .disabled(Bilingual("the console is read-only", "控制台为只读模式")) }
            if state.wizard != nil { return .disabled(Bilingual("the strategy wizard is open; close it first (Esc)", "备份策略向导已打开；请先关闭（Esc）")) }
            return .enabled
        case .backupNow, .schedule:
            guard let cluster = state.detailCluster else { return nil }
            if state.readOnly { return .disabled(readOnly) }
            guard let snapshot = state.strategies[cluster.id]?.value else {
                return .disabled(Bilingual("the strategy has not been read yet", "尚未读取备份策略"))
            }
            guard let strategy = snapshot.strategy else {
                return .disabled(
                    command == .backupNow
                        ? Bilingual(
                            "the cluster has no backup strategy, so no storage to back up to (n makes one)", "该集群没有备份策略，因此没有可备份到的存储（按 n 新建）")
                        : Bilingual("the cluster has no backup strategy", "该集群没有备份策略"))
            }
            return command == .backupNow ? backupNow(cluster: cluster, strategy: strategy) : schedule(state.overviews[cluster.id]?.value?.value)
        }
    }

    /// The reason every operation gives in read-only mode.
    private static let readOnly = Bilingual("the console is read-only", "控制台为只读模式")

    private static func backupNow(cluster: Cluster, strategy: BackupStrategy) -> Availability {
        if cluster.type == .standby { return .disabled(Bilingual("a standby cluster is not backed up; back up its primary", "备集群不做备份；请备份其主集群")) }
        if let status = cluster.status, notBackingUp.contains(status) {
            return .disabled(
                Bilingual(
                    "the cluster is \(TextSanitizer.singleLine(status.rawValue)); OCP backs up running clusters",
                    "集群状态为 \(TextSanitizer.singleLine(status.rawValue))；OCP 只备份运行中的集群"))
        }
        guard strategy.obBackupServiceStorageConfig?.obBackupStorageBaseInfo != nil else {
            return .disabled(Bilingual("the strategy names no storage", "备份策略未指定存储"))
        }
        return .enabled
    }

    private static func schedule(_ overview: BackupOverview?) -> Availability {
        overview?.backupScheduleStatus == BackupScheduleStatus.none
            ? .disabled(Bilingual("OCP says the cluster has no backup strategy", "OCP 表示该集群没有备份策略")) : .enabled
    }

    /// The newest data backup row of `entries`, when it failed.
    public static func latestDataBackup(in entries: [TaskListEntry]) -> DataBackupTask? {
        guard case .dataBackup(let row)? = entries.first(where: { [.full, .incremental, .data].contains($0.kind) })?.opens,
            row.statusClass == .failed
        else { return nil }
        return row
    }

    /// Why back up now cannot take an incremental backup at all (logical backup, or the ability
    /// rules it out), if so.
    public static func incrementalRefusal(strategy: BackupStrategy?, ability: BackupAbility?) -> Bilingual? {
        OperationNotes.incrementalRefusal(strategy: strategy, ability: ability)
    }

    /// Whether `p` resumes (the schedule is PAUSED) rather than pauses; `nil` while the
    /// overview has not been read.
    public static func resumes(_ state: ConsoleState) -> Bool? {
        guard let id = state.detailClusterId, let status = state.overviews[id]?.value?.value.backupScheduleStatus else { return nil }
        return status == .paused
    }
}

extension ConsoleState {
    /// Whether `command` is allowed now; `nil` when nothing it applies to is shown.
    public func availability(of command: OperationCommand) -> Availability? {
        OperationActions.availability(of: command, in: self)
    }
}
