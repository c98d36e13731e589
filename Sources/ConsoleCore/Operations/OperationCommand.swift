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
            if state.readOnly { return .disabled("the console is read-only") }
            guard let task = view.task.value?.value else { return .disabled("the task has not been read yet") }
            guard task.statusClass == .failed else {
                return .disabled("the task has not failed (it is \(TextSanitizer.singleLine(task.status?.rawValue ?? "of unknown status")))")
            }
            return .enabled
        case .retryLatest:
            guard let cluster = state.detailCluster else { return nil }
            if state.readOnly { return .disabled("the console is read-only") }
            guard let entries = state.taskLists[cluster.id]?.value?.entries else { return .disabled("its tasks have not been read (tab 4)") }
            guard latestDataBackup(in: entries) != nil else { return .disabled("its latest data backup did not fail") }
            return .enabled
        case .restore:
            guard state.detailCluster != nil else { return nil }
            if state.readOnly { return .disabled("the console is read-only") }
            if state.wizard != nil { return .disabled("the strategy wizard is open; close it first (Esc)") }
            return .enabled
        case .backupNow, .schedule:
            guard let cluster = state.detailCluster else { return nil }
            if state.readOnly { return .disabled("the console is read-only") }
            guard let snapshot = state.strategies[cluster.id]?.value else { return .disabled("the strategy has not been read yet") }
            guard let strategy = snapshot.strategy else {
                return .disabled(
                    command == .backupNow
                        ? "the cluster has no backup strategy, so no storage to back up to (n makes one)" : "the cluster has no backup strategy")
            }
            return command == .backupNow ? backupNow(cluster: cluster, strategy: strategy) : schedule(state.overviews[cluster.id]?.value?.value)
        }
    }

    private static func backupNow(cluster: Cluster, strategy: BackupStrategy) -> Availability {
        if cluster.type == .standby { return .disabled("a standby cluster is not backed up; back up its primary") }
        if let status = cluster.status, notBackingUp.contains(status) {
            return .disabled("the cluster is \(TextSanitizer.singleLine(status.rawValue)); OCP backs up running clusters")
        }
        guard strategy.obBackupServiceStorageConfig?.obBackupStorageBaseInfo != nil else { return .disabled("the strategy names no storage") }
        return .enabled
    }

    private static func schedule(_ overview: BackupOverview?) -> Availability {
        overview?.backupScheduleStatus == BackupScheduleStatus.none ? .disabled("OCP says the cluster has no backup strategy") : .enabled
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
    public static func incrementalRefusal(strategy: BackupStrategy?, ability: BackupAbility?) -> String? {
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
