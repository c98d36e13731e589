import Foundation
import OCPAPI
import OCPSimulator
import TestSupport
import Testing

/// `restore` through the built binary against the simulator: the preview, the dry run with its
/// secret masked, a real restore confirmed with --yes and followed to success under a fast clock,
/// the name typed wrong at the confirmation, and a lost answer read again, never resent.
struct LiveRestoreCommandTests {
    static let restorePath = "/api/v2/ob/clusters/1000001/backup/restore"

    @Test func aRestoreIsFollowedToSuccessAuditedAndItsTenantListed() async throws {
        try await LiveCommandHarness.with(LiveOperationsMutationTests.fast) { server, runner in
            let file = try runner.write("restore.json", RestoreBody.online())
            let started = try await runner.run(["restore", "交易核心集群", "--file", file, "--yes", "--follow"])
            #expect(started.status == 0, "\(started.stdout)\(started.stderr)")
            #expect(started.stderr.contains("note: no restoreEndTime given: restoring to the latest recoverable time"), "\(started.stderr)")
            #expect(started.stdout.contains("Started the restore of tenant trade of cluster 交易核心集群 (id 1000001)"), "\(started.stdout)")
            #expect(started.stdout.contains("as new tenant trade_r1"))
            let id = try LiveOperationsMutationTests.taskId(in: started.stdout)
            #expect(started.stdout.contains("Task \(id) succeeded"), "\(started.stdout)")
            #expect(server.counters.requests(method: "POST", path: Self.restorePath) == 1)
            let tenants = try await runner.run(["tenants", "1000012"])
            #expect(tenants.stdout.contains("trade_r1"), "\(tenants.stdout)")
            let entry = try #require(try await LiveOperationsMutationTests.auditEntries(runner).last)
            #expect(entry["operation"] == .string("restore"))
            #expect(entry["result"] == .string("success"))
            #expect(entry["clusterId"] == .integer(1_000_001))
            let again = try await runner.run(["restore", "1000001", "--file", file, "--yes"])
            #expect(again.status == 2, "the name is now taken: \(again.stderr)")
            #expect(again.stderr.contains("restoreOnlineTenantRequiredParam.restoreTenantInfoParam.name"), "\(again.stderr)")
            #expect(again.stderr.contains("already has a tenant trade_r1 (BAK42005)"), "\(again.stderr)")
            #expect(server.counters.requests(method: "POST", path: Self.restorePath) == 1)
        }
    }

    @Test func thePreviewListsWhatWouldBeReadAndTheDryRunMasksTheSecret() async throws {
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, start: LiveOperationsReadTests.start, seed: 11)) { server, runner in
            let file = try runner.write("restore.json", RestoreBody.online())
            let preview = try await runner.run(["restore", "1000001", "--file", file, "--preview"])
            #expect(preview.status == 0, "\(preview.stderr)")
            #expect(preview.stdout.contains("TYPE") && preview.stdout.contains("DESTINATION"), "\(preview.stdout)")
            #expect(preview.stdout.contains("backup set") && preview.stdout.contains("log piece"), "\(preview.stdout)")
            let json = try await runner.run(["restore", "1000001", "--file", file, "--preview", "-o", "json"])
            #expect(json.status == 0, "\(json.stderr)")
            #expect(try JSONValue.parse(Array(json.stdout.utf8))["contents"] != nil, "\(json.stdout)")
            let yaml = try await runner.run(["restore", "1000001", "--file", file, "--preview", "-o", "yaml"])
            #expect(yaml.stdout.contains("backupType: BACKUP_SET"), "\(yaml.stdout)")
            #expect(server.counters.requests(method: "POST", path: Self.restorePath + "/preview") == 3)

            let secret = "s3cr3t-AK-value"
            let offline = try runner.write("offline.json", RestoreBody.offline(secret: secret))
            let dry = try await runner.run(["restore", "1000001", "--file", offline, "--dry-run", "--readonly"])
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.hasPrefix("POST \(Self.restorePath)\n"), "\(dry.stdout)")
            #expect(dry.stdout.contains(#""accessKeySecret":"******""#), "\(dry.stdout)")
            #expect(!dry.stdout.contains(secret) && !dry.stderr.contains(secret))
            #expect(dry.stdout.contains(#""restoreEndTime":"2024-06-"#), "the latest recoverable time is filled in: \(dry.stdout)")
            #expect(server.counters.requests(method: "POST", path: Self.restorePath) == 0)
            #expect(!FileManager.default.fileExists(atPath: runner.home.path + "/state/ocpbackup/audit.jsonl"))
        }
    }

    @Test func aWrongNameTypedAtTheConfirmationSendsNothing() async throws {
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, start: LiveOperationsReadTests.start, seed: 11)) { server, runner in
            let file = try runner.write("restore.json", RestoreBody.online())
            let exports = runner.processEnvironment.sorted { $0.key < $1.key }.map { key, value in
                "export \(key)='\(value.replacingOccurrences(of: "'", with: "'\\''"))'"
            }
            let script = try runner.write(
                "confirm.sh",
                (exports + ["'\(try CommandRunner.executable)' restore 1000001 --file '\(file)'", "echo \"exit=$?\"", "sleep 600"])
                    .joined(separator: "\n") + "\n", mode: 0o700)
            let tmux = try TmuxServer(command: "sh '\(script)'", columns: 220, rows: 40)
            #expect(await tmux.waitFor("(trade_r1) to confirm:"), "\(tmux.capture())")
            #expect(tmux.capture().contains("Start the restore of tenant trade"), "\(tmux.capture())")
            try tmux.type("trade_r2")
            try tmux.send("Enter")
            #expect(await tmux.waitFor("exit=2"), "\(tmux.capture())")
            #expect(tmux.capture().contains("You typed 'trade_r2', not 'trade_r1'"), "\(tmux.capture())")
            #expect(server.counters.requests(method: "POST", path: Self.restorePath) == 0)
            #expect(!FileManager.default.fileExists(atPath: runner.home.path + "/state/ocpbackup/audit.jsonl"))
        }
    }

    @Test func aLostAnswerIsReadAgainNotResent() async throws {
        let faults = FaultOptions(lostAnswerRate: 1, pathPrefix: Self.restorePath, methods: ["POST"])
        let configuration = SimulatorConfiguration(port: 0, faults: faults, start: LiveOperationsReadTests.start, seed: 5)
        try await LiveCommandHarness.with(configuration) { server, runner in
            let file = try runner.write("restore.json", RestoreBody.online(name: "trade_lost"))
            let result = try await runner.run(["restore", "1000001", "--file", file, "--yes", "--timeout", "10"])
            #expect(result.status == 3, "\(result.stderr)")
            #expect(result.stderr.contains("The outcome is unknown"), "\(result.stderr)")
            #expect(result.stderr.contains("Nothing was resent."))
            #expect(result.stderr.contains("creating tenant trade_lost"), "\(result.stderr)")
            #expect(result.stderr.contains("the request arrived; do not send it again"), "\(result.stderr)")
            #expect(server.counters.requests(method: "POST", path: Self.restorePath) == 1)
            let entry = try #require(try await LiveOperationsMutationTests.auditEntries(runner).last)
            #expect(entry["operation"] == .string("restore"))
            #expect(entry["result"] == .string("unknown"))
        }
    }
}
