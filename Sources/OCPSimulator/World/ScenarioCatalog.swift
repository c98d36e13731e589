import Foundation
import OCPAPI

/// What a simulated cluster's backups are like when nobody has acted on it (see
/// `docs/simulator.md`, "The living fleet").
package enum ClusterScenario: String, Sendable, Hashable, Codable {
    /// Backups run on schedule and succeed; the log backup keeps up.
    case healthy
    /// The last scheduled backup before the simulator first started failed (a full one because a
    /// compaction was needed); a retry or the next run succeeds.
    case lastBackupFailed
    /// Log archiving was interrupted for hours (a gap in the recoverable windows) and is
    /// interrupted again, until the strategy is modified.
    case logInterrupted
    /// Scheduling has been paused for a day and a half.
    case paused
    /// The log backup lags far behind its threshold.
    case logBackupLagging
    /// Scheduling is ABNORMAL: no scheduled backup has run for three days.
    case scheduleAbnormal
    /// The hostile fleet: messages and logs full of terminal escapes and odd Unicode.
    case hostile
}

/// Which scenario each cluster plays, its default ledger, and the strategies of generated clusters.
package enum ScenarioCatalog {
    /// The scenario of `seed` in `fixtureSet`.
    package static func scenario(of seed: ClusterSeed, in fixtureSet: FixtureSet) -> ClusterScenario {
        let ordinal = Int(seed.id - DemoFixtures.firstId)
        if ordinal < fixtureSet.seeds.count {
            if fixtureSet == .hostile { return .hostile }
            switch seed.id {
            case 1_000_003: return .logInterrupted
            case 1_000_008: return .paused
            case 1_000_011: return .lastBackupFailed
            default: return .healthy
            }
        }
        switch (ordinal - fixtureSet.seeds.count) % 50 {
        case 3: return .scheduleAbnormal
        case 13: return .lastBackupFailed
        case 23: return .logBackupLagging
        case 33: return .logInterrupted
        case 43: return .paused
        default: return .healthy
        }
    }

    /// The generated clusters (indices after the fixtures) whose scenario is not `healthy`, so
    /// fleet-wide queries visit only them among the clusters nobody acted on.
    package static func eventfulGeneratedIndices(count: Int) -> [Int] {
        stride(from: 0, to: count, by: 50).flatMap { base in [3, 13, 23, 33, 43].map { base + $0 }.filter { $0 < count } }
    }

    /// The ledger of a cluster nobody acted on: the strategy since it was made, and the
    /// scenario's events relative to `origin` (when the simulated world began).
    package static func ledger(strategy: BackupStrategy?, scenario: ClusterScenario, origin: Date) -> ClusterLedger {
        guard let strategy else { return ClusterLedger() }
        let since = strategy.createTime?.date ?? origin.addingTimeInterval(-90 * 86_400)
        var ledger = ClusterLedger()
        ledger.strategyCreated(strategy, at: since)
        guard let epoch = ledger.schedulePeriods.first else { return ledger }
        switch scenario {
        case .healthy, .logBackupLagging, .hostile:
            break
        case .lastBackupFailed:
            ledger.failingBackupStart = ScheduleOccurrences.last(of: epoch, before: origin)?.instant
        case .paused:
            let at = max(since, origin.addingTimeInterval(-36 * 3600))
            ledger.closeSchedule(at: at)
            ledger.pausedSince = at
        case .scheduleAbnormal:
            let at = max(since, origin.addingTimeInterval(-3 * 86_400))
            ledger.closeSchedule(at: at)
            ledger.abnormalSince = at
        case .logInterrupted:
            if let earlier = ScheduleOccurrences.last(of: epoch, before: origin.addingTimeInterval(-86_400)) {
                let start = max(since, earlier.instant.addingTimeInterval(-9 * 3600))
                ledger.logInterruptions.append(TimeSpan(start: start, end: earlier.instant.addingTimeInterval(-3600)))
            }
            ledger.logInterruptions.append(TimeSpan(start: max(since, origin.addingTimeInterval(-4 * 3600))))
        }
        return ledger
    }

    /// The base log backup delay of a cluster, seconds: 40–110 s, or 12–15 min when lagging.
    package static func baseLogDelay(ordinal: Int, scenario: ClusterScenario) -> Double {
        scenario == .logBackupLagging ? 720 + Double(ordinal % 180) : 40 + Double(ordinal * 37 % 70)
    }

    /// The strategy of generated cluster `index` (0-based after the fixtures), or `nil`: none for
    /// stopped clusters and every tenth; logical for versions before 2.2.60; weekly, with a full
    /// and two incrementals (or three fulls when logical), made 90 days before `origin`.
    package static func generatedStrategy(for seed: ClusterSeed, index: Int, origin: Date, utcOffsetSeconds: Int) -> BackupStrategy? {
        guard seed.status != .stopped, index % 10 != 4, seed.type == .primary else { return nil }
        let logical = OBVersion(seed.obVersion).map { $0 < .physicalBackupMinimum } ?? false
        let first = 1 + index % 7
        let days = [first, 1 + (first + 1) % 7, 1 + (first + 3) % 7]
        var map: [String: DataBackupKind] = [:]
        for (position, day) in days.enumerated() { map[String(day)] = logical || position == 0 ? .full : .incremental }
        let minutes = 60 + (index % 8) * 15
        let time = ScheduleTime(hour: minutes / 60, minute: minutes % 60, offsetSeconds: 8 * 3600).description
        let request = BackupStrategyRequest(
            backupMode: logical ? .logical : .physical,
            obBackupScheduleConfig: BackupScheduleConfig(
                backupScheduleMode: .week, backupScheduleEnabled: true, backupScheduleTime: time, dayAndDataBackupModelMap: map,
                startLogBackup: true, cleanEnabled: false),
            obBackupThresholdConfig: BackupThresholdConfig(
                dataBackupTimeoutMinutes: 120, noSuccessfulDataBackupAlarmDays: 4, libObLogExpireDays: logical ? 7 : nil,
                logBackupDelaySeconds: 300),
            obBackupServiceStorageConfig: StorageConfig(
                configName: "nfs_fleet",
                obBackupStorageBaseInfo: StorageBaseInfo(backupStorageType: .file, storageUrl: "/obbackup/fleet/\(seed.name)/"),
                alarmStoragePercentageThreshold: 80, storageId: 5_000_000 + Int64(index)),
            secondaryBackupEnabled: false)
        let created = OCPTimestamp(date: origin.addingTimeInterval(-90 * 86_400), offsetSeconds: utcOffsetSeconds)
        return SimulatorState.stored(request, id: 1_000_000 + Int64(index), seed: seed, created: created, updated: created)
    }
}
