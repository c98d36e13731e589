import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// Back up now, retry and pause/resume through the built binary against the simulator: the
/// confirmations, `--dry-run`, read-only refusals, audit entries, and `--follow` to success and
/// to failure under a fast clock (600 simulated seconds per second).
struct LiveOperationsMutationTests {
    static let fast = SimulatorConfiguration(port: 0, speed: 600, start: LiveOperationsReadTests.start, seed: 11)

    /// The task id in `Started …; task id N`.
    static func taskId(in text: String) throws -> String {
        guard let range = text.range(of: #"task id \d+"#, options: .regularExpression) else {
            throw CommandTestFailure("no task id in: \(text)")
        }
        return String(text[range].dropFirst("task id ".count))
    }

    /// The audit log's entries, oldest first.
    static func auditEntries(_ runner: CommandRunner) async throws -> [JSONValue] {
        let audit = try await runner.run(["audit", "--output", "json"])
        return try audit.stdout.split(separator: "\n").map { try JSONValue.parse(Array($0.utf8)) }
    }

    @Test func aFullBackupNowIsConfirmedFollowedToSuccessAndAudited() async throws {
        try await LiveCommandHarness.with(Self.fast) { server, runner in
            let started = try await runner.run(["backup", "now", "交易核心集群", "--full", "--yes", "--follow"])
            #expect(started.status == 0, "\(started.stdout)\(started.stderr)")
            #expect(started.stdout.contains("Started a full data backup"), "\(started.stdout)")
            let id = try Self.taskId(in: started.stdout)
            #expect(started.stdout.contains("Task \(id) succeeded"), "\(started.stdout)")
            let progress = started.stdout.split(separator: "\n").filter { $0.hasPrefix("Task \(id) ") }
            #expect(Set(progress).count == progress.count, "a line repeated without a change: \(progress)")
            #expect(server.counters.requests(method: "POST", path: "/api/v2/ob/clusters/1000001/backup/backupNow") == 1)
            let entry = try #require(try await Self.auditEntries(runner).last)
            #expect(entry["operation"] == .string("backup-now"))
            #expect(entry["method"] == .string("POST"))
            #expect(entry["result"] == .string("success"))
            #expect(entry["clusterId"] == .integer(1_000_001))
            let notFailed = try await runner.run(["task", "retry", id, "--yes"])
            #expect(notFailed.status == 2, "\(notFailed.stderr)")
            #expect(notFailed.stderr.contains("only a failed task can be retried"), "\(notFailed.stderr)")
            #expect(server.counters.requests(method: "POST", path: "/api/v2/tasks/instances/\(id)/retry") == 0)
            let data = try await runner.run(["tasks", "1000001", "--since", "1d", "--status", "succeeded"])
            #expect(data.stdout.contains("Full"), "\(data.stdout)")
        }
    }

    @Test func anIncrementalBeforeAnyFullIsWarnedAboutFollowedToFailureAndRetried() async throws {
        try await LiveCommandHarness.with(Self.fast) { _, runner in
            let body = StrategyYAML.body(
                days: ["3: FULL_BACKUP"], configName: "billing_file",
                storage: "    backupStorageType: BACKUP_STORAGE_FILE\n    storageUrl: /obbackup/billing")
            let file = try runner.write("billing.yaml", body)
            let created = try await runner.run(["strategy", "create", "billing-2277", "--file", file])
            #expect(created.status == 0, "\(created.stderr)")
            let failed = try await runner.run(["backup", "now", "billing-2277", "--incremental", "--yes", "--follow"])
            #expect(failed.status == 1, "\(failed.stdout)\(failed.stderr)")
            #expect(failed.stderr.contains("cannot do an incremental backup yet"), "\(failed.stderr)")
            let id = try Self.taskId(in: failed.stdout)
            #expect(failed.stdout.contains("Task \(id) failed"), "\(failed.stdout)")
            #expect(failed.stdout.contains("Check if ready to data backup"))
            #expect(failed.stdout.contains("Full data backup needed before incremental data backup"), "\(failed.stdout)")
            #expect(failed.stderr.contains("ocpbackup task retry \(id)"))
            let unattended = try await runner.run(["task", "retry", id])
            #expect(unattended.status == 2)
            #expect(unattended.stderr.contains("without --yes"))
            let retried = try await runner.run(["task", "retry", id, "--yes", "--follow"])
            #expect(retried.status == 1, "it fails again until a full backup succeeded: \(retried.stdout)\(retried.stderr)")
            let said = try #require(retried.stdout.range(of: "Retrying task \(id)"), "\(retried.stdout)")
            let ended = try #require(retried.stdout.range(of: "Task \(id) failed"), "\(retried.stdout)")
            #expect(said.lowerBound < ended.lowerBound, "the lines are out of order:\n\(retried.stdout)")
            let operations = try await Self.auditEntries(runner).map { $0["operation"] }
            #expect(operations == [.string("create"), .string("backup-now"), .string("retry-task")])
        }
    }

    @Test func pauseAndResumeRefuseWhatIsAlreadySoAndWhereNoStrategyIs() async throws {
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, start: LiveOperationsReadTests.start, seed: 11)) { server, runner in
            let dry = try await runner.run(["schedule", "pause", "1000001", "--dry-run"])
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("POST /api/v2/ob/clusters/1000001/backup/config/backupStrategy/stopSchedule"), "\(dry.stdout)")
            let paused = try await runner.run(["schedule", "pause", "1000001", "--yes"])
            #expect(paused.status == 0, "\(paused.stderr)")
            #expect(paused.stdout.contains("Paused the scheduled data backups"))
            #expect(paused.stdout.contains("Log backup: still running"), "\(paused.stdout)")
            let again = try await runner.run(["schedule", "pause", "1000001", "--yes"])
            #expect(again.status == 2)
            #expect(again.stderr.contains("already paused"), "\(again.stderr)")
            let overview = try await runner.run(["overview", "1000001", "-o", "json"])
            #expect(try JSONValue.parse(Array(overview.stdout.utf8))["backupScheduleStatus"] == .string("PAUSED"))
            let resumed = try await runner.run(["schedule", "resume", "1000001", "--yes"])
            #expect(resumed.status == 0, "\(resumed.stderr)")
            let running = try await runner.run(["schedule", "resume", "1000001", "--yes"])
            #expect(running.status == 2)
            #expect(running.stderr.contains("already running"))
            let none = try await runner.run(["schedule", "pause", "legacy-logical", "--yes"])
            #expect(none.status == 2)
            #expect(none.stderr.contains("has no backup strategy"))
            #expect(server.counters.requests(method: "POST", path: "/api/v2/ob/clusters/1000001/backup/config/backupStrategy/stopSchedule") == 1)
            #expect(server.counters.requests(method: "POST", path: "/api/v2/ob/clusters/1000004/backup/config/backupStrategy/stopSchedule") == 0)
            let operations = try await Self.auditEntries(runner).map { $0["operation"] }
            #expect(operations == [.string("pause-schedule"), .string("resume-schedule")])
        }
    }

    @Test func readOnlyModeAndAMissingStrategyRefuseBeforeAnythingIsSent() async throws {
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, start: LiveOperationsReadTests.start, seed: 11)) { server, runner in
            for arguments in [["backup", "now", "1000001", "--full"], ["schedule", "pause", "1000001"], ["task", "retry", "3000101"]] {
                let refused = try await runner.run(arguments + ["--yes", "--readonly"])
                #expect(refused.status == 2, "\(arguments)")
                #expect(refused.stderr.contains("Read-only mode is on"), "\(arguments): \(refused.stderr)")
            }
            let noStrategy = try await runner.run(["backup", "now", "payments-43", "--full", "--yes"])
            #expect(noStrategy.status == 2)
            #expect(noStrategy.stderr.contains("has no backup strategy"), "\(noStrategy.stderr)")
            let both = try await runner.run(["backup", "now", "1000001", "--full", "--incremental", "--yes"])
            #expect(both.status == 2)
            let dry = try await runner.run(["backup", "now", "1000001", "--full", "--dry-run"])
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains("POST /api/v2/ob/clusters/1000001/backup/backupNow"), "\(dry.stdout)")
            #expect(server.counters.requests(method: "POST", path: "/api/v2/ob/clusters/1000001/backup/backupNow") == 0)
            #expect(server.counters.requests(method: "POST", path: "/api/v2/ob/clusters/1000010/backup/backupNow") == 0)
            #expect(!FileManager.default.fileExists(atPath: runner.home.path + "/state/ocpbackup/audit.jsonl"))
        }
    }

    @Test func aLostAnswerToBackUpNowSaysTheOutcomeIsUnknownAndIsNotResent() async throws {
        let faults = FaultOptions(lostAnswerRate: 1, methods: ["POST"])
        let configuration = SimulatorConfiguration(port: 0, faults: faults, start: LiveOperationsReadTests.start, seed: 5)
        try await LiveCommandHarness.with(configuration) { server, runner in
            let result = try await runner.run(["backup", "now", "1000001", "--full", "--yes", "--timeout", "10"])
            #expect(result.status == 3, "\(result.stderr)")
            #expect(result.stderr.contains("The outcome is unknown"), "\(result.stderr)")
            #expect(result.stderr.contains("ocpbackup tasks 1000001 --kind data --since 10m"))
            #expect(server.counters.requests(method: "POST", path: "/api/v2/ob/clusters/1000001/backup/backupNow") == 1)
            let entry = try #require(try await Self.auditEntries(runner).last)
            #expect(entry["result"] == .string("unknown"))
        }
    }
}
