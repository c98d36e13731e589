import Foundation
import OCPAPI

/// One data backup of a simulated cluster: scheduled or started by hand, with its steps over time.
package struct DataBackupRun: Sendable, Hashable {
    /// How it was started.
    package enum Trigger: Sendable, Hashable {
        /// By the schedule.
        case scheduled
        /// With back up now.
        case manual
    }

    /// The OCP task instance id.
    package var taskId: Int64
    /// The backup set id (also the row's `taskId`).
    package var backupSetId: Int64
    /// Full or incremental.
    package var kind: DataBackupKind
    /// Physical or logical.
    package var mode: BackupMode
    /// Scheduled or manual.
    package var trigger: Trigger
    /// The steps over time.
    package var timeline: StepTimeline
    /// The data it copies, GB.
    package var sizeGB: Double

    /// When it started.
    package var start: Date { timeline.start }
}

/// The data backups of a cluster over the retained history (30 days before now), derived from
/// its ledger: every scheduled start of every schedule epoch, every back up now, every retry.
/// An incremental backup without a successful full one before it fails in its first step; the
/// scenario's failing backup fails (a full one in its compaction step); in the hostile fleet
/// every backup of every fourth cluster fails with a hostile message; a scheduled start while a
/// backup runs is skipped.
package struct BackupHistory: Sendable {
    /// How far back history is kept, seconds.
    package static let retention: TimeInterval = 30 * 86_400

    /// The backups that had started by now, oldest first.
    package let runs: [DataBackupRun]
    /// When full backups succeeded (also those still in the future of `now`), oldest first.
    let fullSuccesses: [Date]
    /// Whether a full backup existed before the retained history.
    let fullBeforeHistory: Bool

    /// Derives the history of the cluster at `ordinal`.
    package init(seed: ClusterSeed, ordinal: Int, ledger: ClusterLedger, scenario: ClusterScenario, now: Date) {
        let windowStart = now.addingTimeInterval(-Self.retention)
        let fullGB = 20 + Double(ordinal * 37 % 180)
        struct Candidate {
            var start: Date
            var instant: Date?
            var kind: DataBackupKind
            var mode: BackupMode
            var manual: ManualBackup?
        }
        var candidates: [Candidate] = []
        for epoch in ledger.schedulePeriods {
            for occurrence in ScheduleOccurrences.occurrences(of: epoch, from: windowStart, to: now) {
                let jitter = Double(1 + (ordinal + Int(TaskIdentifiers.minute(occurrence.instant))) % 4)
                let start = occurrence.instant.addingTimeInterval(jitter)
                guard start <= now else { continue }
                let kind = epoch.mode == .logical ? DataBackupKind.full : occurrence.kind
                candidates.append(Candidate(start: start, instant: occurrence.instant, kind: kind, mode: epoch.mode))
            }
        }
        for manual in ledger.manualBackups where manual.start >= windowStart && manual.start <= now {
            candidates.append(Candidate(start: manual.start, kind: manual.kind, mode: manual.mode, manual: manual))
        }
        candidates.sort { $0.start < $1.start }
        let earliestStrategy = ledger.strategyPeriods.first?.start ?? .distantFuture
        let fullBefore = seed.hasFullBackup || earliestStrategy < windowStart
        fullBeforeHistory = fullBefore
        var runs: [DataBackupRun] = []
        var successes: [Date] = []
        var busyUntil = Date.distantPast
        let retries = Dictionary(grouping: ledger.retries, by: \.taskId)
        for candidate in candidates {
            if candidate.manual == nil, candidate.start < busyUntil { continue }
            let plan = TaskPlans.dataBackup(kind: candidate.kind, sizeGB: candidate.kind == .incremental ? fullGB * 0.05 : fullGB)
            let hadFull = { (instant: Date) in fullBefore || successes.contains { $0 <= instant } }
            var failure: StepFailure?
            if candidate.kind == .incremental, !hadFull(candidate.start) {
                failure = StepFailure(
                    step: TaskPlans.index(of: TaskPlans.checkReady, in: plan), message: TaskPlans.needFullMessage, cause: .noFullBackup)
            } else if let instant = candidate.instant, instant == ledger.failingBackupStart {
                failure =
                    candidate.kind == .incremental
                    ? StepFailure(
                        step: TaskPlans.index(of: "Wait data backup finished", in: plan), message: TaskPlans.writeFailedMessage, cause: .transient)
                    : StepFailure(
                        step: TaskPlans.index(of: TaskPlans.compaction, in: plan), message: TaskPlans.needCompactionMessage, cause: .transient)
            } else if scenario == .hostile, ordinal % 4 == 2 {
                failure = StepFailure(
                    step: TaskPlans.index(of: "Wait data backup finished", in: plan), message: HostileCorpus.string(ordinal + runs.count),
                    cause: .transient)
            }
            let taskId = candidate.manual?.taskId ?? TaskIdentifiers.scheduled(ordinal: ordinal, instant: candidate.instant ?? candidate.start)
            let stepRuns = Self.runs(
                first: StepRun(start: candidate.start, operation: .execute, failure: failure), retries: retries[taskId] ?? [], hadFull: hadFull)
            let timeline = StepTimeline(plan: plan, runs: stepRuns)
            busyUntil = max(busyUntil, StepTimeline(plan: plan, runs: [stepRuns[0]]).end)
            if candidate.kind != .incremental, timeline.failure == nil {
                successes.append(timeline.end)
                successes.sort()
            }
            runs.append(
                DataBackupRun(
                    taskId: taskId,
                    backupSetId: candidate.manual?.backupSetId ?? TaskIdentifiers.scheduledBackupSet(instant: candidate.instant ?? candidate.start),
                    kind: candidate.kind, mode: candidate.mode, trigger: candidate.manual == nil ? .scheduled : .manual, timeline: timeline,
                    sizeGB: candidate.kind == .incremental ? fullGB * 0.05 : fullGB))
        }
        // A retried incremental backup finds every full one that had succeeded by the retry,
        // also those that started after it (full backups never wait for incremental ones).
        for index in runs.indices where runs[index].kind == .incremental && runs[index].timeline.runs.count > 1 {
            let first = runs[index].timeline.runs[0]
            let all = Self.runs(first: first, retries: retries[runs[index].taskId] ?? []) { instant in
                fullBefore || successes.contains { $0 <= instant }
            }
            runs[index].timeline = StepTimeline(plan: runs[index].timeline.plan, runs: all)
        }
        self.runs = runs
        fullSuccesses = successes
    }

    /// The first run and the retries after it: a retry fails again while its cause holds (an
    /// incremental backup without a full one), else it succeeds.
    static func runs(first: StepRun, retries: [RetryRecord], hadFull: (Date) -> Bool) -> [StepRun] {
        var runs = [first]
        for retry in retries.sorted(by: { $0.at < $1.at }) {
            guard let last = runs.last?.failure else { break }
            let again = last.cause == .noFullBackup && !hadFull(retry.at)
            runs.append(StepRun(start: retry.at, operation: .retry, failure: again ? last : nil))
        }
        return runs
    }

    /// Whether a full backup had succeeded by `instant` (so an incremental one can run).
    package func hadFullBackup(at instant: Date) -> Bool { fullBeforeHistory || fullSuccesses.contains { $0 <= instant } }

    /// The backup with this OCP task id.
    package func run(taskId: Int64) -> DataBackupRun? { runs.first { $0.taskId == taskId } }

    /// The backup running at `now`, if one is.
    package func running(at now: Date) -> DataBackupRun? { runs.last { $0.timeline.status(at: now) == .running } }

    /// The newest backup that had succeeded by `now`.
    package func lastSuccess(at now: Date) -> DataBackupRun? { runs.last { $0.timeline.succeeded(at: now) } }

    /// The end times of the backups that had succeeded by `now`, oldest first.
    package func successTimes(at now: Date) -> [Date] { runs.filter { $0.timeline.succeeded(at: now) }.map(\.timeline.end).sorted() }
}
