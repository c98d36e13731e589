import Foundation
import OCPAPI

/// The backup alert events of a simulated cluster, risen and cleared from its strategy's
/// thresholds as OCP's alarm rules do: `inc_backup_delay` while the log backup lags beyond
/// `logBackupDelaySeconds`, `base_backup_fail` from a failed data backup until one succeeds,
/// `base_backup_too_long_time_no_one_success_task` after `noSuccessfulDataBackupAlarmDays`
/// without a success, `base_backup_timeout` while a data backup runs past
/// `dataBackupTimeoutMinutes`. Cleared events stay listed (Inactive) for seven days.
enum AlarmRenderer {
    /// The events of `world`, newest first.
    static func events(_ world: ClusterWorld) -> [AlarmEvent] {
        guard let strategy = world.strategy ?? (world.ledger.strategyPeriods.isEmpty ? nil : BackupStrategy()) else { return [] }
        let now = world.now
        let thresholds = strategy.obBackupThresholdConfig
        var events: [AlarmEvent] = []
        func add(_ type: String, level: Int, since: Date, until: Date?, _ summary: String, _ description: String) {
            guard since <= now, (until ?? now) >= now.addingTimeInterval(-7 * 86_400) else { return }
            events.append(event(world, type: type, level: level, since: since, until: until.flatMap { $0 <= now ? $0 : nil }, summary, description))
        }
        let delayLimit = Double(thresholds?.logBackupDelaySeconds ?? StrategyDefaults.logBackupDelaySeconds)
        for (index, segment) in world.log.segments.enumerated() {
            let checkpoint = world.log.checkpoint(of: segment, now: now)
            let next = index + 1 < world.log.segments.count ? world.log.segments[index + 1].start : nil
            if segment.ending == .interrupted {
                add(
                    BackupAlarmType.logBackupDelay, level: 2, since: checkpoint.addingTimeInterval(delayLimit),
                    until: next.map { $0.addingTimeInterval(300) },
                    "log backup delayed",
                    "log backup interrupted at \(TimeText(offset: world.utcOffsetSeconds).logLine(checkpoint)), threshold \(Int(delayLimit)) s")
            } else if segment.ending == .open, world.log.baseDelay * 0.8 > delayLimit {
                add(
                    BackupAlarmType.logBackupDelay, level: 2, since: max(segment.start, world.origin.addingTimeInterval(-7200)), until: nil,
                    "log backup delayed", "log backup delayed by \(Int(world.log.delay(at: now))) s, threshold \(Int(delayLimit)) s")
            }
        }
        let runs = world.history.runs
        for (index, run) in runs.enumerated() {
            guard let first = run.timeline.runs.first else { continue }
            let firstRun = StepTimeline(plan: run.timeline.plan, runs: [first])
            guard firstRun.failure != nil, firstRun.end <= now else { continue }
            let firstFailure = firstRun.end
            let cleared = ([run] + runs[(index + 1)...]).filter { $0.timeline.succeeded(at: now) && $0.timeline.end > firstFailure }
                .map(\.timeline.end).min()
            add(
                BackupAlarmType.dataBackupFailed, level: 2, since: firstFailure, until: cleared.map { $0.addingTimeInterval(60) },
                "data backup failed", "data backup task \(run.taskId) failed: \(run.timeline.runs.first?.failure?.message ?? "")")
        }
        if world.strategy != nil, let days = thresholds?.noSuccessfulDataBackupAlarmDays {
            let last = world.history.lastSuccess(at: now)?.timeline.end ?? strategy.createTime?.date ?? world.origin
            let since = last.addingTimeInterval(Double(days) * 86_400)
            add(
                BackupAlarmType.noSuccessfulDataBackup, level: 2, since: since, until: nil, "no successful data backup",
                "no successful data backup for \(days) days")
        }
        if let running = world.history.running(at: now), let minutes = thresholds?.dataBackupTimeoutMinutes {
            add(
                BackupAlarmType.dataBackupTimeout, level: 4, since: running.start.addingTimeInterval(Double(minutes) * 60), until: nil,
                "data backup runs too long", "data backup task \(running.taskId) runs longer than \(minutes) min")
        }
        return events.sorted { ($0.activeAt?.date ?? .distantPast) > ($1.activeAt?.date ?? .distantPast) }
    }

    /// One event.
    static func event(
        _ world: ClusterWorld, type: String, level: Int, since: Date, until: Date?, _ summary: String, _ description: String
    ) -> AlarmEvent {
        let time = TimeText(offset: world.utcOffsetSeconds)
        let name = world.seed.name
        let hostile = world.fixtureSet == .hostile
        let levelName = level <= 1 ? "Down" : level == 2 ? "Critical" : level == 3 ? "Warning" : level == 4 ? "Caution" : "Reminder"
        var event = AlarmEvent(
            id: id(clusterId: world.seed.id, type: type, since: since), alarmType: type, level: level, status: until == nil ? .active : .inactive,
            target: "ob_cluster=\(name)", summary: "ob_cluster=\(name) " + (hostile ? HostileCorpus.string(world.ordinal + 6) : summary),
            labels: AlarmLabels(["alarm_level": levelName, "alarm_type": type, "ob_cluster_name": name, "ob_cluster_id": String(world.seed.id)]))
        event.description = "Cluster: \(name)[\(world.seed.id)], " + (hostile ? HostileCorpus.string(world.ordinal + 7) : description)
        event.activeAt = time.utc(since)
        event.resolvedAt = until.map(time.utc)
        let minute = Date(timeIntervalSince1970: (world.now.timeIntervalSince1970 / 60).rounded(.down) * 60)
        event.updatedAt = time.utc(until ?? max(since, minute))
        event.gmtCreate = time.utc(since)
        event.gmtModified = event.updatedAt
        return event
    }

    /// A stable id from the cluster, the type and the minute it rose (below 2^52).
    static func id(clusterId: Int64, type: String, since: Date) -> Int64 {
        var generator = SplitMix64(seed: UInt64(bitPattern: clusterId) &* 31 &+ UInt64(TaskIdentifiers.minute(since)))
        for byte in type.utf8 { generator = SplitMix64(seed: generator.next() ^ UInt64(byte)) }
        return Int64(generator.next() >> 12) + 1
    }
}
