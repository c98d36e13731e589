import Foundation

/// The log backup, recoverable window and alert rules.
extension RuleContext {
    /// The log task judged: the running one, else the newest.
    var currentLogTask: LogBackupTask? {
        guard let tasks = input.logTasks.value else { return nil }
        let newest = TaskRowOrder.newestFirst(tasks)
        return newest.first { $0.statusClass == .running } ?? newest.first
    }

    /// Physical backups whose strategy starts log backup (the default) must archive.
    var needsLogBackup: Bool { isPhysical && strategy?.obBackupScheduleConfig?.startLogBackup != false }

    mutating func logBackupRunningRule() {
        guard !strategyUndecided(.logBackupRunning), needsLogBackup, !undecided(.logBackupRunning, .logTasks, input.logTasks) else { return }
        guard let task = currentLogTask else {
            add(.logBackupRunning, .critical, .logBackup(status: nil, statusClass: .unknown))
            return
        }
        let level: HealthLevel =
            switch task.statusClass {
            case .running: .ok
            case .unknown: .unknown
            default: .critical
            }
        add(.logBackupRunning, level, .logBackup(status: task.status, statusClass: task.statusClass))
    }

    mutating func logBackupDelayRule() {
        guard !strategyUndecided(.logBackupDelay) else { return }
        if let delay = overview?.logBackupDelaySeconds ?? currentLogTask?.delay {
            let threshold = logDelayThreshold
            add(.logBackupDelay, delay > Double(threshold) ? .critical : .ok, .logBackupDelay(seconds: delay, thresholdSeconds: threshold))
        } else if overview == nil, input.logTasks.value == nil {
            if let problem = input.overview.problem ?? input.logTasks.problem {
                let kind: HealthInputKind = input.overview.problem != nil ? .overview : .logTasks
                add(.logBackupDelay, .unknown, .inputUnavailable(kind, problem: problem))
            } else {
                unchecked.append(.logBackupDelay)
            }
        }
    }

    mutating func recoverableWindowRule() {
        guard !strategyUndecided(.recoverableWindow), !undecided(.recoverableWindow, .recoverability, input.recoverability),
            let recoverability = input.recoverability.value
        else { return }
        let threshold = logDelayThreshold
        let tenants = recoverability.tenants.filter { $0.tenantName != "sys" }
        guard !tenants.isEmpty else {
            add(.recoverableWindow, .critical, .recoverableUntil(tenant: nil, latestEnd: nil, age: nil, thresholdSeconds: threshold))
            return
        }
        for tenant in tenants {
            let end = tenant.latestRecoverableTime
            let age = end.map { max(0, input.now.timeIntervalSince($0)) }
            let behind = age.map { $0 > Double(threshold) } ?? true
            add(
                .recoverableWindow, behind ? .critical : .ok,
                .recoverableUntil(tenant: tenant.tenantName, latestEnd: end, age: age, thresholdSeconds: threshold))
        }
    }

    mutating func alertsRule() {
        guard !undecided(.activeAlerts, .alerts, input.alerts), let events = input.alerts.value else { return }
        let firing = events.filter { $0.status?.isFiring ?? true }
        guard !firing.isEmpty else {
            add(.activeAlerts, .ok, .noActiveAlerts)
            return
        }
        for event in firing {
            add(
                .activeAlerts, HealthLevel.ofAlarm(level: event.level),
                .activeAlert(alarmType: event.alarmType, level: event.level, summary: event.summary))
        }
    }
}
