import Foundation
import OCPAPI
import Testing

/// The backup health rules, case by case, with their typed reasons and English wording.
struct HealthRuleTests {
    static let now = Date(timeIntervalSince1970: 1_717_977_600)  // 2024-06-10T00:00:00Z
    static let hour: TimeInterval = 3600
    static let day: TimeInterval = 86_400

    static func stamp(_ secondsAgo: TimeInterval) -> OCPTimestamp {
        OCPTimestamp(date: now.addingTimeInterval(-secondsAgo), offsetSeconds: 8 * 3600, style: .javaDate)
    }

    static func strategy(mode: BackupMode = .physical, days: Int64 = 7) -> BackupStrategy {
        var strategy = BackupStrategy(id: 1, clusterId: 1, clusterName: "c1", backupMode: mode)
        strategy.obBackupThresholdConfig = BackupThresholdConfig(
            dataBackupTimeoutMinutes: 60, noSuccessfulDataBackupAlarmDays: days, logBackupDelaySeconds: 300)
        strategy.obBackupScheduleConfig = BackupScheduleConfig(
            backupScheduleMode: .week, backupScheduleTime: "02:00:00.000+08:00", dayAndDataBackupModelMap: ["1": .full], startLogBackup: true)
        strategy.createTime = stamp(30 * day)
        return strategy
    }

    static func overview(schedule: BackupScheduleStatus = .normal, lastBackupAgo: TimeInterval? = day, delay: Double? = 60) -> BackupOverview {
        BackupOverview(
            clusterId: 1, clusterName: "c1", obClusterBackupStatus: .hasStrategy, backupScheduleStatus: schedule,
            lastDataBackupTime: lastBackupAgo.map(stamp), latestLogBackupCheckpoint: stamp(delay ?? 0), logBackupDelaySeconds: delay)
    }

    static func windows(_ ends: [(String, TimeInterval)]) -> ClusterRecoverability {
        let scope = RecoverabilityScope(end: now)
        let tenants = ends.map { name, ago in
            TenantRecoverability(
                tenantId: 1, tenantName: name,
                windows: [RecoverableWindow(start: now.addingTimeInterval(-3 * day), end: now.addingTimeInterval(-ago))])
        }
        return ClusterRecoverability(tenants: tenants, scope: scope)
    }

    static func deep(
        overview: BackupOverview = overview(), strategy: BackupStrategy? = strategy(), dataTasks: [DataBackupTask] = [],
        log: [LogBackupTask] = [LogBackupTask(createTime: stamp(20 * day), status: .running, delay: 61.5)],
        windows: ClusterRecoverability = windows([("t1", 60)]), alerts: [AlarmEvent] = []
    ) -> HealthInput {
        HealthInput(
            overview: .read(overview), strategy: .read(strategy), dataTasks: .read(dataTasks), logTasks: .read(log),
            recoverability: .read(windows), alerts: .read(alerts), now: now)
    }

    func reasons(_ report: HealthReport, _ rule: HealthRule) -> [String] {
        report.findings.filter { $0.rule == rule }.map { HealthText.english($0.reason) }
    }

    @Test func aHealthyClusterIsOKAndSaysWhy() {
        let report = BackupHealth.evaluate(Self.deep())
        #expect(report.level == .ok && report.problems.isEmpty && report.unchecked.isEmpty)
        #expect(Set(report.findings.map(\.rule)) == Set(HealthRule.allCases))
        #expect(reasons(report, .dataBackupAge) == ["last successful data backup 24 h ago; alarm after 7 d"])
        #expect(reasons(report, .logBackupDelay) == ["log backup delay 60 s; alarm above 5 min"])
        #expect(reasons(report, .recoverableWindow) == ["tenant t1 recoverable until 60 s ago; alarm after 5 min"])
        #expect(reasons(report, .logBackupRunning) == ["log backup running (RUNNING)"])
        #expect(reasons(report, .activeAlerts) == ["no active OCP backup alert"])
        #expect(reasons(report, .latestDataBackup) == ["no data backup task in the period read"])
    }

    @Test func noSuccessfulDataBackupForLongerThanTheThreshold() {
        let report = BackupHealth.evaluate(Self.deep(overview: Self.overview(lastBackupAgo: 9 * Self.day)))
        #expect(report.level == .critical)
        let finding = report.worst
        #expect(finding?.rule == .dataBackupAge)
        guard case .lastSuccessfulDataBackup(_, let age?, 7, nil)? = finding?.reason else {
            Issue.record("not the age reason: \(String(describing: finding))")
            return
        }
        #expect(age == 9 * Self.day)
        #expect(reasons(report, .dataBackupAge) == ["last successful data backup 9 d ago; alarm after 7 d"])
        let never = BackupHealth.evaluate(Self.deep(overview: Self.overview(lastBackupAgo: nil)))
        #expect(reasons(never, .dataBackupAge) == ["no successful data backup in the 30 d since the strategy was made; alarm after 7 d"])
        #expect(never.level == .critical)
    }

    @Test func aSuccessfulTaskCountsWhenTheOverviewIsOlder() {
        let task = DataBackupTask(
            taskId: 9, dataBackupTaskType: .full, startTime: Self.stamp(3 * Self.hour), finishTime: Self.stamp(2 * Self.hour), status: .done)
        let report = BackupHealth.evaluate(Self.deep(overview: Self.overview(lastBackupAgo: 9 * Self.day), dataTasks: [task]))
        #expect(report.level == .ok)
    }

    @Test func theLatestDataBackupFailed() {
        let failed = DataBackupTask(
            taskId: 2, dataBackupTaskType: .full, startTime: Self.stamp(Self.hour), finishTime: Self.stamp(50 * 60), status: .failed,
            errorMsg: "Cluster compaction needed before full data backup")
        let earlier = DataBackupTask(
            taskId: 1, dataBackupTaskType: .incremental, startTime: Self.stamp(Self.day), finishTime: Self.stamp(Self.day - 60), status: .done)
        let report = BackupHealth.evaluate(Self.deep(dataTasks: [earlier, failed]))
        #expect(report.level == .warning && report.worst?.rule == .latestDataBackup)
        #expect(reasons(report, .latestDataBackup) == ["latest full backup failed (FAILED): Cluster compaction needed before full data backup"])
    }

    @Test func noStrategyOnARunningPrimaryIsAWarningElsewhereFine() {
        let none = BackupOverview(clusterId: 1, obClusterBackupStatus: .noStrategy, backupScheduleStatus: BackupScheduleStatus.none)
        let report = BackupHealth.evaluate(HealthInput(overview: .read(none), strategy: .read(nil), alerts: .read([]), now: Self.now))
        #expect(report.level == .warning && report.findings.map(\.rule) == [.strategy, .activeAlerts], "the rules of a strategy do not apply")
        #expect(reasons(report, .strategy) == ["no backup strategy on a running primary cluster"])
        var standby = none
        standby.obClusterType = .standby
        let fine = BackupHealth.evaluate(HealthInput(overview: .read(standby), strategy: .read(nil), now: Self.now))
        #expect(fine.level == .ok && reasons(fine, .strategy) == ["no backup strategy (none needed: a standby)"])
    }

    @Test func pausedIsAWarningAbnormalCritical() {
        #expect(BackupHealth.evaluate(Self.deep(overview: Self.overview(schedule: .paused))).level == .warning)
        let abnormal = BackupHealth.evaluate(Self.deep(overview: Self.overview(schedule: .abnormal)))
        #expect(abnormal.level == .critical && reasons(abnormal, .schedule) == ["backup scheduling abnormal"])
        #expect(BackupHealth.evaluate(Self.deep(overview: Self.overview(schedule: .waiting))).level == .ok)
    }

    @Test func aLogBackupThatDoesNotRun() {
        let interrupted = LogBackupTask(createTime: Self.stamp(Self.day), status: .interrupted, delay: 7200)
        let older = LogBackupTask(createTime: Self.stamp(20 * Self.day), status: .stopped)
        let report = BackupHealth.evaluate(Self.deep(log: [older, interrupted]))
        #expect(report.level == .critical)
        #expect(reasons(report, .logBackupRunning) == ["log backup not running: INTERRUPTED (failed)"])
        #expect(BackupHealth.evaluate(Self.deep(log: [])).findings.first { $0.rule == .logBackupRunning }?.level == .critical)
        let odd = BackupHealth.evaluate(
            Self.deep(log: [LogBackupTask(createTime: Self.stamp(Self.day), status: LogBackupTaskStatus(rawValue: "HALTED"))]))
        #expect(odd.findings.first { $0.rule == .logBackupRunning }?.level == .unknown, "an unknown spelling is not OK")
        let logical = BackupHealth.evaluate(Self.deep(strategy: Self.strategy(mode: .logical), log: [older]))
        #expect(!logical.findings.contains { $0.rule == .logBackupRunning }, "only physical backup needs the archive")
    }

    @Test func logDelayAndALaggingTenant() {
        let delayed = BackupHealth.evaluate(Self.deep(overview: Self.overview(delay: 420)))
        #expect(delayed.level == .critical && reasons(delayed, .logBackupDelay) == ["log backup delay 7 min; alarm above 5 min"])
        let lagging = BackupHealth.evaluate(Self.deep(windows: Self.windows([("fast", 30), ("slow", 2 * Self.hour)])))
        #expect(lagging.level == .critical)
        #expect(lagging.problems.map { HealthText.english($0.reason) } == ["tenant slow recoverable until 2 h ago; alarm after 5 min"])
        let empty = BackupHealth.evaluate(Self.deep(windows: ClusterRecoverability(tenants: [], scope: RecoverabilityScope(end: Self.now))))
        #expect(reasons(empty, .recoverableWindow) == ["no tenant: no recoverable window in the last 7 days"])
    }

    @Test func activeAlertsHaveTheirOwnLevel() {
        let alerts = [
            AlarmEvent(id: 1, alarmType: "inc_backup_delay", level: 2, summary: "log \u{1B}[2Jbackup delayed"),
            AlarmEvent(id: 2, alarmType: "base_backup_timeout", level: 4),
            AlarmEvent(id: 3, alarmType: "base_backup_fail", level: 1, status: .inactive),
        ]
        let report = BackupHealth.evaluate(Self.deep(alerts: alerts))
        #expect(report.level == .critical)
        #expect(report.findings.filter { $0.rule == .activeAlerts }.map(\.level) == [.critical, .warning], "a cleared alert is left out")
        #expect(reasons(report, .activeAlerts).first == "OCP alert inc_backup_delay level 2: log \u{FFFD}[2Jbackup delayed")
        #expect(HealthLevel.ofAlarm(level: 3) == .warning && HealthLevel.ofAlarm(level: nil) == .warning)
    }

    @Test func whatCouldNotBeReadIsUnknownNeverOK() {
        let report = BackupHealth.evaluate(
            HealthInput(overview: .failed("OBE11001 (HTTP 404): gone"), strategy: .read(Self.strategy()), alerts: .read([]), now: Self.now))
        #expect(report.level == .unknown)
        #expect(report.findings.filter { $0.level == .unknown }.map(\.rule) == [.schedule, .dataBackupAge, .logBackupDelay])
        #expect(reasons(report, .schedule) == ["the backup overview could not be read (OBE11001 (HTTP 404): gone); the rule is undecided"])
        let nothing = BackupHealth.evaluate(HealthInput(overview: .failed("timeout"), strategy: .failed("timeout"), now: Self.now))
        #expect(nothing.level == .unknown && nothing.findings.allSatisfy { $0.level == .unknown })
        let critical = BackupHealth.evaluate(
            HealthInput(
                overview: .failed("timeout"), strategy: .read(Self.strategy()),
                alerts: .read([AlarmEvent(id: 1, alarmType: "base_backup_fail", level: 2)]), now: Self.now))
        #expect(critical.level == .critical, "a known problem outranks an unknown rule")
    }

    @Test func theFleetScanChecksWhatItsTwoCallsDecide() {
        let report = BackupHealth.evaluate(HealthInput(overview: .read(Self.overview()), strategy: .read(Self.strategy()), now: Self.now))
        #expect(report.level == .ok)
        #expect(report.unchecked == [.latestDataBackup, .logBackupRunning, .recoverableWindow, .activeAlerts])
        #expect(report.findings.map(\.rule) == [.strategy, .schedule, .dataBackupAge, .logBackupDelay])
    }

    @Test func problemsComeWorstFirst() {
        let report = BackupHealth.evaluate(
            Self.deep(
                overview: Self.overview(schedule: .paused, delay: 900),
                alerts: [AlarmEvent(id: 5, alarmType: "backup_storage_capacity_over_threshold", level: 3)]))
        #expect(report.problems.map(\.level) == [.critical, .warning, .warning])
        #expect(report.problems.map(\.rule) == [.logBackupDelay, .schedule, .activeAlerts])
        #expect(HealthText.english(report.problems[0]) == "CRITICAL: log backup delay 15 min; alarm above 5 min")
        #expect(HealthLevel.allCases.sorted() == [.ok, .unknown, .warning, .critical])
        #expect(HealthLevel.allCases.map(\.monitoringPluginExitCode) == [0, 3, 1, 2])
    }

    @Test func alertsAreGroupedByTheClusterTheyNameAndDurationsRead() {
        let index = BackupAlarmIndex([
            AlarmEvent(id: 1, alarmType: "a", level: 2, labels: AlarmLabels(["ob_cluster_name": "c1"])),
            AlarmEvent(id: 2, alarmType: "b", level: 2, target: "ob_cluster=c2"), AlarmEvent(id: 3, alarmType: "c", level: 2),
            AlarmEvent(id: 4, alarmType: "d", level: 3, target: "ob_cluster=c1"),
        ])
        #expect(index.events(forClusterNamed: "c1").map(\.id) == [1, 4])
        #expect(index.events(forClusterNamed: "c2").map(\.id) == [2] && index.unattributed.map(\.id) == [3])
        #expect(index.events(forClusterNamed: "c3").isEmpty)
        #expect(
            [0, 119, 120, 7199, 7200, 172_799, 172_800, -5].map { DurationText.short(Double($0)) } == [
                "0 s", "119 s", "2 min", "119 min", "2 h", "47 h", "2 d", "0 s",
            ])
    }
}
