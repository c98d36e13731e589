import Foundation
import OCPAPI
import Testing

/// Back up now, retry, pause and resume by keyboard against `ocpbackup sim` as a child process
/// whose clock runs 600 times faster (a full backup takes about a second), from a Friday noon
/// when no scheduled backup runs.
@Suite(.serialized) struct ConsoleOperationsTests {
    static let simulatorArguments = ["--speed", "600", "--start", "2026-11-20T12:00:00+08:00"]

    /// The console against a fresh simulator with the detail of the cluster `filter` finds.
    static func open(_ filter: String, name: String, simulator: SimulatorProcess) async throws -> ConsoleRun {
        let run = try ConsoleRun([], environment: simulator.environment)
        try await WizardDriver(tmux: run.tmux).openCluster(filter: filter, name: name, action: "Backup ability")
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
        try #require(await tmux.waitFor("Backup ability"), "the view did not close: \(tmux.capture())")
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
        try #require(await tmux.waitFor("Backup ability"), "the view did not close: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }

    @Test func pausingAndResumingScheduling() async throws {
        let simulator = try await SimulatorProcess(arguments: Self.simulatorArguments)
        let run = try await Self.open("交易", name: "交易核心集群", simulator: simulator)
        let tmux = run.tmux
        try #require(await tmux.waitFor("p pause/resume"), "no p in the hints: \(tmux.capture())")
        try tmux.send("p")
        try #require(
            await tmux.waitForScreen { $0.contains("Pause scheduling") && $0.contains("Log backup is RUNNING") },
            "no pause confirmation: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Scheduling of 交易核心集群 paused"), "not paused: \(tmux.capture())")
        try #require(await tmux.waitFor("p resume"), "the hint does not offer to resume: \(tmux.capture())")
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
}
