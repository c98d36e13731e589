import Foundation
import OCPAPI
import TestSupport
import Testing

/// Back up now, retry, pause and resume by keyboard against `ocpbackup sim` as a child process
/// whose clock runs 600 times faster (a full backup takes about a second), from a Friday noon
/// when no scheduled backup runs.
@Suite(.serialized) struct ConsoleOperationsTests {
    static let simulatorArguments = ["--speed", "600", "--start", "2026-11-20T12:00:00+08:00"]

    /// The console against a fresh simulator with the detail of the cluster `filter` finds.
    static func open(_ filter: String, name: String, simulator: SimulatorProcess) async throws -> ConsoleRun {
        let run = try ConsoleRun([], environment: simulator.environment)
        try await WizardDriver(tmux: run.tmux).openCluster(filter: filter, name: name, action: "Backup: ")
        return run
    }

    @Test func aBackupStartedNowIsFollowedToItsEnd() async throws {
        let simulator = try await SimulatorProcess(arguments: Self.simulatorArguments)
        let run = try await Self.open("交易", name: "交易核心集群", simulator: simulator)
        let tmux = run.tmux
        try tmux.send("b")
        try #require(await tmux.waitForScreen { $0.contains("Back up now") && $0.contains("(•) Full") }, "no choice: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Sends POST /api/v2/ob/clusters/1000001/backup/backupNow"), "no confirmation: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Task 3000101"), "no task view: \(tmux.capture())")
        try #require(await tmux.waitForScreen { $0.contains("SUCCESSFUL") && $0.contains(" ended ") }, "not followed to its end: \(tmux.capture())")
        #expect(tmux.capture().contains("7 of 7 steps done"))
        let audit = try String(contentsOf: simulator.home.appendingPathComponent("state/ocpbackup/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains(#""operation":"backup-now""#) && audit.contains(#""taskIds":[3000101]"#), "audit: \(audit)")
        try tmux.send("Escape")
        try #require(await tmux.waitFor("Backup: "), "the view did not close: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }

    @Test func aFailedTasksLogIsShownAndTheTaskRetried() async throws {
        let simulator = try await SimulatorProcess(arguments: Self.simulatorArguments)
        let file = simulator.home.appendingPathComponent("billing.json")
        try Data(
            #"""
            {"backupMode":"PHYSICAL_BACKUP","obBackupScheduleConfig":{"backupScheduleMode":"WEEK","backupScheduleTime":"02:00:00.000+08:00",
             "dayAndDataBackupModelMap":{"6":"FULL_BACKUP"},"startLogBackup":true},
             "obBackupServiceStorageConfig":{"configName":"e2e_nfs","obBackupStorageBaseInfo":{"backupStorageType":"BACKUP_STORAGE_FILE","storageUrl":"/e2e/"}},
             "obBackupThresholdConfig":{"dataBackupTimeoutMinutes":120,"logBackupDelaySeconds":300,"noSuccessfulDataBackupAlarmDays":8}}
            """#.utf8
        ).write(to: file)
        let created = try await simulator.command(["strategy", "create", "1000005", "--file", file.path])
        try #require(created.status == 0, "\(created.output)")
        let run = try await Self.open("billing", name: "billing-2277", simulator: simulator)
        let tmux = run.tmux
        try tmux.send("b")
        try #require(await tmux.waitFor("(•) Full"), "no choice: \(tmux.capture())")
        try tmux.send("i")
        try #require(await tmux.waitFor("cannot work yet"), "no warning for the incremental: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("INCREMENTAL_BACKUP"), "no confirmation: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(
            await tmux.waitForScreen { $0.contains("FAILED") && $0.contains("needed before incremental data backup") },
            "no failure with its log: \(tmux.capture())")
        #expect(tmux.capture().contains("Log · Check if ready to data backup"))
        try tmux.send("R")
        try #require(
            await tmux.waitForScreen { $0.contains("Sends POST /api/v2/tasks/instances/") && $0.contains("/retry") },
            "no retry confirmation: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("runs again"), "no retry: \(tmux.capture())")
        try #require(await tmux.waitForScreen { $0.contains("FAILED") && $0.contains("2 runs") }, "the retry did not run: \(tmux.capture())")
        let audit = try String(contentsOf: simulator.home.appendingPathComponent("state/ocpbackup/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains(#""operation":"retry-task""#), "audit: \(audit)")
        try tmux.send("Escape")
        try #require(await tmux.waitFor("Backup: "), "the view did not close: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }

    @Test func pausingAndResumingScheduling() async throws {
        let simulator = try await SimulatorProcess(arguments: Self.simulatorArguments)
        let run = try await Self.open("交易", name: "交易核心集群", simulator: simulator)
        let tmux = run.tmux
        try #require(await tmux.waitFor("p pause "), "no p in the hints: \(tmux.capture())")
        try tmux.send("p")
        try #require(
            await tmux.waitForScreen { $0.contains("Pause scheduling") && $0.contains("Log backup is RUNNING") },
            "no pause confirmation: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Scheduling of 交易核心集群 paused"), "not paused: \(tmux.capture())")
        try #require(await tmux.waitFor("p resume"), "the hint does not offer to resume: \(tmux.capture())")
        try #require(await tmux.waitFor("Backup: b back up now  p resume"), "the Overview does not offer to resume: \(tmux.capture())")
        try tmux.send("p")
        try #require(await tmux.waitForScreen { $0.contains("Resume scheduling") && $0.contains("Scheduling is PAUSED now") }, "\(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Scheduling of 交易核心集群 resumed"), "not resumed: \(tmux.capture())")
        try #require(await tmux.waitFor("p pause "), "the hint does not offer to pause: \(tmux.capture())")
        let audit = try String(contentsOf: simulator.home.appendingPathComponent("state/ocpbackup/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains(#""operation":"pause-schedule""#) && audit.contains(#""operation":"resume-schedule""#), "audit: \(audit)")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }

    /// The console against `simulator` in UTC (01:00 +08:00, when the demo fleet's nightly
    /// backups start, shows as 17:00 the day before), on the Tasks tab of the cluster `filter` finds.
    static func tasksTab(_ filter: String, name: String, simulator: SimulatorProcess) async throws -> ConsoleRun {
        var environment = simulator.environment
        environment["TZ"] = "UTC"
        let run = try ConsoleRun([], environment: environment)
        try await WizardDriver(tmux: run.tmux).openCluster(filter: filter, name: name, action: "Overview")
        try run.tmux.send("4")
        try #require(await run.tmux.waitFor("Last 7 days:"), "no Tasks tab: \(run.tmux.capture())")
        return run
    }

    /// Presses r until the screen satisfies `condition` (the Tasks tab is read when asked).
    static func refresh(_ tmux: TmuxServer, until condition: @escaping @Sendable (String) -> Bool) async throws -> Bool {
        for _ in 0..<60 {
            if await tmux.waitForScreen(.milliseconds(500), condition) { return true }
            try tmux.send("r")
        }
        return false
    }

    @Test func aScheduledBackupAppearsAndCompletesInTheTasksTab() async throws {
        // The name with ESC/BEL/CR backs up every night at 01:00 (+08:00); the last one failed.
        let simulator = try await SimulatorProcess(arguments: ["--speed", "600", "--start", "2026-11-20T00:58:00+08:00"])
        let run = try await Self.tasksTab("evil", name: "evil", simulator: simulator)
        let tmux = run.tmux
        try #require(await tmux.waitFor("✗ full    11-18 17:00"), "no failed backup of last night: \(tmux.capture())")
        try #require(
            await Self.refresh(tmux) { $0.contains("▶ full    11-19 17:00") || $0.contains("✓ full    11-19 17:00") },
            "tonight's backup did not appear: \(tmux.capture())")
        try #require(await Self.refresh(tmux) { $0.contains("✓ full    11-19 17:00") }, "tonight's backup did not complete: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(
            await tmux.waitForScreen { $0.contains("Full data backup") && $0.contains("SUCCESSFUL") && $0.contains("7 of 7 steps done") },
            "the row's task did not open: \(tmux.capture())")
        try tmux.send("Escape")
        try #require(await tmux.waitFor("Last 7 days:"), "the view did not close: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }

    @Test func aFailedScheduledBackupIsOpenedFromTheTasksTabAndRetried() async throws {
        let simulator = try await SimulatorProcess(arguments: Self.simulatorArguments)
        let run = try await Self.tasksTab("evil", name: "evil", simulator: simulator)
        let tmux = run.tmux
        try #require(await tmux.waitFor("✗ full    11-19 17:00"), "no failed backup of last night: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(
            await tmux.waitForScreen { $0.contains("FAILED") && $0.contains("compaction needed before full data backup") },
            "no failure with its log: \(tmux.capture())")
        try tmux.send("R")
        try #require(await tmux.waitFor("/retry"), "no retry confirmation: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitForScreen { $0.contains("SUCCESSFUL") && $0.contains("2 runs") }, "the retry did not succeed: \(tmux.capture())")
        try tmux.send("Escape")
        try #require(await tmux.waitFor("Last 7 days:"), "the view did not close: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }
}
