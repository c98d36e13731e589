import Foundation
import OCPAPI

/// What has happened to one cluster's backups, as far as it cannot be derived again from the
/// seed and the clock: when a strategy existed, which schedule ran when, pauses, log
/// interruptions, backups started by hand and retries. A cluster nobody acted on has no stored
/// ledger: its default one comes from its scenario (`ScenarioCatalog.ledger`).
package struct ClusterLedger: Codable, Sendable, Hashable {
    /// When a strategy existed (log archiving runs for physical ones).
    package var strategyPeriods: [TimeSpan]
    /// When automatic data backups ran, each with the schedule in force.
    package var schedulePeriods: [ScheduleEpoch]
    /// When scheduling was paused, if it is.
    package var pausedSince: Date?
    /// When scheduling became ABNORMAL (no scheduled backup runs), if it is.
    package var abnormalSince: Date?
    /// When log archiving was interrupted (an open one is still interrupted).
    package var logInterruptions: [TimeSpan]
    /// Data backups started with back up now.
    package var manualBackups: [ManualBackup]
    /// Retries of failed tasks of this cluster.
    package var retries: [RetryRecord]
    /// The full backup that failed in this cluster's scenario, by its start.
    package var failingBackupStart: Date?

    /// Makes a ledger.
    package init(
        strategyPeriods: [TimeSpan] = [], schedulePeriods: [ScheduleEpoch] = [], pausedSince: Date? = nil, logInterruptions: [TimeSpan] = [],
        manualBackups: [ManualBackup] = [], retries: [RetryRecord] = [], failingBackupStart: Date? = nil
    ) {
        self.strategyPeriods = strategyPeriods
        self.schedulePeriods = schedulePeriods
        self.pausedSince = pausedSince
        self.logInterruptions = logInterruptions
        self.manualBackups = manualBackups
        self.retries = retries
        self.failingBackupStart = failingBackupStart
    }

    /// Whether a strategy exists at the end of the ledger.
    package var hasOpenStrategy: Bool { strategyPeriods.last.map { $0.end == nil } ?? false }

    /// The ledger after a strategy `strategy` was made at `now`.
    package mutating func strategyCreated(_ strategy: BackupStrategy, at now: Date) {
        strategyPeriods.append(TimeSpan(start: now))
        pausedSince = nil
        abnormalSince = nil
        schedulePeriods.append(ScheduleEpoch(strategy: strategy, from: now))
    }

    /// The ledger after the strategy changed to `strategy` at `now`: the running schedule ends,
    /// the new one starts (unless paused), and an interrupted archive restarts.
    package mutating func strategyModified(_ strategy: BackupStrategy, at now: Date) {
        closeSchedule(at: now)
        abnormalSince = nil
        if pausedSince == nil { schedulePeriods.append(ScheduleEpoch(strategy: strategy, from: now)) }
        for index in logInterruptions.indices where logInterruptions[index].end == nil { logInterruptions[index].end = now }
    }

    /// The ledger after the strategy was deleted at `now`: scheduling and archiving stop.
    package mutating func strategyDeleted(at now: Date) {
        closeSchedule(at: now)
        for index in strategyPeriods.indices where strategyPeriods[index].end == nil { strategyPeriods[index].end = now }
        for index in logInterruptions.indices where logInterruptions[index].end == nil { logInterruptions[index].end = now }
        pausedSince = nil
        abnormalSince = nil
    }

    /// The ledger after scheduling was paused at `now` (a no-op when it already is).
    package mutating func paused(at now: Date) {
        guard pausedSince == nil else { return }
        closeSchedule(at: now)
        pausedSince = now
    }

    /// The ledger after scheduling was resumed at `now` with `strategy`'s schedule (a no-op
    /// when it runs already).
    package mutating func resumed(_ strategy: BackupStrategy, at now: Date) {
        guard pausedSince != nil || abnormalSince != nil || !schedulePeriods.contains(where: { $0.to == nil }) else { return }
        closeSchedule(at: now)
        pausedSince = nil
        abnormalSince = nil
        schedulePeriods.append(ScheduleEpoch(strategy: strategy, from: now))
    }

    /// Ends the schedule in force at `now`.
    package mutating func closeSchedule(at now: Date) {
        for index in schedulePeriods.indices where schedulePeriods[index].to == nil { schedulePeriods[index].to = now }
    }
}

/// A schedule in force over a span: when automatic data backups ran, and of which kind.
package struct ScheduleEpoch: Codable, Sendable, Hashable {
    /// From.
    package var from: Date
    /// Until, or `nil` while in force.
    package var to: Date?
    /// The schedule.
    package var schedule: BackupScheduleConfig
    /// The strategy's mode.
    package var mode: BackupMode

    /// Makes an epoch.
    package init(from: Date, to: Date? = nil, schedule: BackupScheduleConfig, mode: BackupMode) {
        self.from = from
        self.to = to
        self.schedule = schedule
        self.mode = mode
    }

    /// The epoch of `strategy` from `from`.
    package init(strategy: BackupStrategy, from: Date) {
        self.init(
            from: from,
            schedule: strategy.obBackupScheduleConfig
                ?? BackupScheduleConfig(
                    backupScheduleMode: .week, backupScheduleTime: nil, dayAndDataBackupModelMap: [:], startLogBackup: true),
            mode: strategy.backupMode ?? .physical)
    }
}

/// A data backup started with back up now.
package struct ManualBackup: Codable, Sendable, Hashable {
    /// The OCP task instance id.
    package var taskId: Int64
    /// Its backup set id.
    package var backupSetId: Int64
    /// Full or incremental.
    package var kind: DataBackupKind
    /// The mode sent.
    package var mode: BackupMode
    /// When it started.
    package var start: Date

    /// Makes a record.
    package init(taskId: Int64, backupSetId: Int64, kind: DataBackupKind, mode: BackupMode, start: Date) {
        self.taskId = taskId
        self.backupSetId = backupSetId
        self.kind = kind
        self.mode = mode
        self.start = start
    }
}

/// A retry of a failed task.
package struct RetryRecord: Codable, Sendable, Hashable {
    /// The OCP task instance id.
    package var taskId: Int64
    /// When it was retried.
    package var at: Date

    /// Makes a record.
    package init(taskId: Int64, at: Date) {
        self.taskId = taskId
        self.at = at
    }
}
