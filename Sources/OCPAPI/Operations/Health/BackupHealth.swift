import Foundation

/// The backup health rules as one function, shared by the console and the command line:
/// `evaluate(input)` applies every rule whose input was read, says unknown for every rule
/// whose input failed, and leaves out (as unchecked) the rules whose input was not asked for.
///
/// | Rule | Level |
/// |---|---|
/// | running primary cluster with no strategy | WARNING |
/// | schedule PAUSED / ABNORMAL | WARNING / CRITICAL |
/// | no successful data backup for more than `noSuccessfulDataBackupAlarmDays` | CRITICAL |
/// | the latest data backup task failed | WARNING |
/// | physical backup whose log backup is not running | CRITICAL |
/// | log backup delay above `logBackupDelaySeconds` | CRITICAL |
/// | a tenant without a recoverable window ending within the log delay threshold of now | CRITICAL |
/// | an active OCP backup alert | 1–2 CRITICAL, 3–5 WARNING |
///
/// The thresholds come from the strategy (OCP's documented defaults when it leaves one out).
public enum BackupHealth {
    /// The report of `input`.
    public static func evaluate(_ input: HealthInput) -> HealthReport {
        var context = RuleContext(input: input)
        context.strategyRule()
        if context.hasStrategy != false {
            context.scheduleRule()
            context.dataBackupAgeRule()
            context.latestDataBackupRule()
            context.logBackupRunningRule()
            context.logBackupDelayRule()
            context.recoverableWindowRule()
        }
        context.alertsRule()
        return HealthReport(findings: context.findings, unchecked: context.unchecked)
    }
}

/// The rules' shared reading of the input, and what they found.
struct RuleContext {
    let input: HealthInput
    var findings: [HealthFinding] = []
    var unchecked: [HealthRule] = []

    init(input: HealthInput) { self.input = input }

    var overview: BackupOverview? { input.overview.value }
    var strategy: BackupStrategy? { input.strategy.value ?? nil }

    /// Whether the cluster has a strategy: the strategy call decides, else the overview; `nil`
    /// when neither says.
    var hasStrategy: Bool? {
        if case .read(let strategy) = input.strategy { return strategy != nil }
        switch overview?.obClusterBackupStatus {
        case .hasStrategy?: return true
        case .noStrategy?: return false
        default: return nil
        }
    }

    var clusterType: ClusterType? { overview?.obClusterType ?? input.cluster?.type }
    var clusterStatus: ClusterStatus? { overview?.obClusterStatus ?? input.cluster?.status }

    /// PHYSICAL_BACKUP unless the strategy or the overview's ability says logical.
    var isPhysical: Bool {
        (strategy?.backupMode ?? overview?.obBackupAbility?.backupMode) != .logical
    }

    var logDelayThreshold: Int64 {
        strategy?.obBackupThresholdConfig?.logBackupDelaySeconds ?? StrategyDefaults.logBackupDelaySeconds
    }

    mutating func add(_ rule: HealthRule, _ level: HealthLevel, _ reason: HealthReason) {
        findings.append(HealthFinding(rule: rule, level: level, reason: reason))
    }

    /// Records `rule` as unknown (an input failed) or unchecked (an input was not read) and
    /// returns true when `evidence` is not usable.
    mutating func undecided<Value>(_ rule: HealthRule, _ kind: HealthInputKind, _ evidence: HealthEvidence<Value>) -> Bool {
        switch evidence {
        case .read: return false
        case .failed(let problem): add(rule, .unknown, .inputUnavailable(kind, problem: problem))
        case .notRead: unchecked.append(rule)
        }
        return true
    }

    /// The strategy is what every threshold rule needs: unknown when it failed and the overview
    /// does not say, unchecked when neither was read.
    mutating func strategyUndecided(_ rule: HealthRule) -> Bool {
        guard hasStrategy == nil else { return false }
        if let problem = input.strategy.problem ?? input.overview.problem {
            add(rule, .unknown, .inputUnavailable(.strategy, problem: problem))
        } else {
            unchecked.append(rule)
        }
        return true
    }

    mutating func strategyRule() {
        switch hasStrategy {
        case true?:
            add(.strategy, .ok, .strategyDefined(mode: strategy?.backupMode ?? overview?.obBackupAbility?.backupMode))
        case false?:
            let required = clusterType != .standby && (clusterStatus == .running || clusterStatus == nil)
            add(.strategy, required ? .warning : .ok, .noStrategy(required: required, clusterType: clusterType, clusterStatus: clusterStatus))
        case nil:
            _ = strategyUndecided(.strategy)
        }
    }

    mutating func scheduleRule() {
        guard !undecided(.schedule, .overview, input.overview), let status = overview?.backupScheduleStatus else { return }
        let level: HealthLevel =
            switch status {
            case .paused: .warning
            case .abnormal: .critical
            default: .ok
            }
        add(.schedule, level, .schedule(status))
    }

    mutating func dataBackupAgeRule() {
        guard !strategyUndecided(.dataBackupAge) else { return }
        let succeeded = input.dataTasks.value?.filter { $0.statusClass == .succeeded } ?? []
        let fromTasks = succeeded.compactMap { $0.finishTime?.date ?? $0.startTime?.date }.max()
        let fromOverview = overview?.lastDataBackupTime?.date
        if input.dataTasks.value == nil, overview == nil {
            if let problem = input.overview.problem ?? input.dataTasks.problem {
                let kind: HealthInputKind = input.overview.problem != nil ? .overview : .dataTasks
                add(.dataBackupAge, .unknown, .inputUnavailable(kind, problem: problem))
            } else {
                unchecked.append(.dataBackupAge)
            }
            return
        }
        let threshold = strategy?.obBackupThresholdConfig?.noSuccessfulDataBackupAlarmDays ?? StrategyDefaults.noSuccessfulDataBackupAlarmDays
        let last = [fromTasks, fromOverview].compactMap { $0 }.max()
        let since = last == nil ? strategy?.createTime?.date : nil
        let age = (last ?? since).map { max(0, input.now.timeIntervalSince($0)) }
        let late = age.map { $0 > Double(threshold) * 86_400 } ?? true
        add(.dataBackupAge, late ? .critical : .ok, .lastSuccessfulDataBackup(at: last, age: age, thresholdDays: threshold, strategySince: since))
    }

    mutating func latestDataBackupRule() {
        guard !undecided(.latestDataBackup, .dataTasks, input.dataTasks), let tasks = input.dataTasks.value else { return }
        guard let latest = TaskRowOrder.newestFirst(tasks).first else {
            add(.latestDataBackup, .ok, .noDataBackupTasks)
            return
        }
        let message = latest.errorMsg.flatMap { $0.isEmpty ? nil : $0 }
        add(
            .latestDataBackup, latest.statusClass == .failed ? .warning : .ok,
            .latestDataBackup(
                kind: latest.dataBackupTaskType, status: latest.status, statusClass: latest.statusClass,
                finishedAt: latest.finishTime?.date, message: message))
    }
}
