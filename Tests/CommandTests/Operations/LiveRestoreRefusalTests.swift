import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// `restore` refusing before anything is sent (exit 2, the field named): a time in the gap of
/// the interrupted log archive, in the future or without an offset; a taken name; a standby or
/// older target; an unknown field; read-only mode. And a YAML body that passes.
struct LiveRestoreRefusalTests {
    static let configuration = SimulatorConfiguration(port: 0, start: LiveOperationsReadTests.start, seed: 11)
    static let field = "restoreOnlineTenantRequiredParam"

    /// Runs `restore SOURCE --file BODY --dry-run` and returns the outcome (a dry run reads
    /// everything a real run reads and checks every rule).
    static func dryRun(_ runner: CommandRunner, _ source: String, _ body: String) async throws -> CommandRunner.Outcome {
        let file = try runner.write("body-\(UUID().uuidString).json", body)
        return try await runner.run(["restore", source, "--file", file, "--dry-run"])
    }

    @Test func aTimeInTheGapOfTheInterruptedLogIsRefusedWithTheNearestTimes() async throws {
        try await LiveCommandHarness.with(Self.configuration) { server, runner in
            let time = try await RestoreBody.timeInGap(runner, cluster: "1000003", tenant: "pay")
            let body = RestoreBody.online(source: 1_000_003, tenant: RestoreBody.pay, target: 1_000_001, time: time, name: "pay_r1")
            let refused = try await Self.dryRun(runner, "风控_主库", body)
            #expect(refused.status == 2, "\(refused.stdout)\(refused.stderr)")
            #expect(refused.stderr.contains("the restore would be refused; nothing was sent"), "\(refused.stderr)")
            #expect(refused.stderr.contains("\(Self.field).restoreEndTime: "), "\(refused.stderr)")
            #expect(refused.stderr.contains("is not inside a recoverable window of tenant pay (latest before: "), "\(refused.stderr)")
            #expect(refused.stderr.contains("; earliest after: "), "\(refused.stderr)")
            #expect(refused.stdout.isEmpty)
            let real = try await runner.run(["restore", "1000003", "--file", try runner.write("gap.json", body), "--yes"])
            #expect(real.status == 2, "\(real.stderr)")
            #expect(server.counters.requests(method: "POST") == 0)
        }
    }

    @Test func aTimeInTheFutureOrWithoutOffsetIsRefused() async throws {
        try await LiveCommandHarness.with(Self.configuration) { server, runner in
            let future = try await Self.dryRun(runner, "1000001", RestoreBody.online(time: "2099-01-01 00:00:00+08:00"))
            #expect(future.status == 2)
            #expect(future.stderr.contains("\(Self.field).restoreEndTime: 2099-01-01T00:00:00.000+08:00 is in the future"), "\(future.stderr)")
            let bare = try await Self.dryRun(runner, "1000001", RestoreBody.online(time: "2024-06-05 10:00:00"))
            #expect(bare.status == 2)
            #expect(bare.stderr.contains("2024-06-05 10:00:00 has no offset from UTC: add one"), "\(bare.stderr)")
            #expect(server.counters.requests(method: "POST") == 0)
        }
    }

    @Test func aTakenNameAStandbyAndAnOlderTargetAreRefused() async throws {
        try await LiveCommandHarness.with(Self.configuration) { server, runner in
            let taken = try await Self.dryRun(runner, "1000001", RestoreBody.online(name: "order"))
            #expect(taken.status == 2)
            #expect(
                taken.stderr.contains(
                    "\(Self.field).restoreTenantInfoParam.name: cluster reporting-42 (1000012) already has a tenant order (BAK42005)"),
                "\(taken.stderr)")
            let standby = try await Self.dryRun(
                runner, "1000003", RestoreBody.online(source: 1_000_003, tenant: RestoreBody.pay, target: 1_000_002, name: "pay_r1"))
            #expect(standby.status == 2)
            #expect(standby.stderr.contains("\(Self.field).restoreClusterId: the target cluster 风控_备库 (1000002) is a standby"), "\(standby.stderr)")
            let older = try await Self.dryRun(runner, "1000001", RestoreBody.online(target: 1_000_003))
            #expect(older.status == 2)
            #expect(older.stderr.contains("runs OceanBase 3.2.4.1, older than the source's 4.2.1.0"), "\(older.stderr)")
            let zone = try await Self.dryRun(
                runner, "1000001", RestoreBody.online().replacingOccurrences(of: #""name":"zone1""#, with: #""name":"zone7""#))
            #expect(zone.status == 2)
            #expect(zone.stderr.contains("zones[0].name: the target cluster has no zone zone7; it has zone1"), "\(zone.stderr)")
            #expect(server.counters.requests(method: "POST") == 0)
        }
    }

    @Test func anUnknownFieldIsRefusedAndAYAMLBodyPasses() async throws {
        try await LiveCommandHarness.with(Self.configuration) { server, runner in
            let typo = try await Self.dryRun(runner, "1000001", RestoreBody.online(extra: #""restoreTime":"2024-06-05T10:00:00+08:00","#))
            #expect(typo.status == 2)
            #expect(typo.stderr.contains("has fields OCP does not document: \(Self.field).restoreTime"), "\(typo.stderr)")
            let time = "'2024-06-05 09:00:00.000+08:00'"
            let yaml = try runner.write("restore.yaml", RestoreBody.yaml(name: "trade_y", time: time))
            let dry = try await runner.run(["restore", "1000001", "--file", yaml, "--dry-run"])
            #expect(dry.status == 0, "\(dry.stderr)")
            #expect(dry.stdout.contains(#""restoreEndTime":"2024-06-05T09:00:00.000+08:00""#), "sent as OCP reads it: \(dry.stdout)")
            #expect(!dry.stdout.contains(#""key""#) && !dry.stdout.contains("checked"), "the console keys are dropped: \(dry.stdout)")
            #expect(server.counters.requests(method: "POST") == 0)
        }
    }

    @Test func readOnlyModeRefusesARestore() async throws {
        try await LiveCommandHarness.with(Self.configuration) { server, runner in
            let file = try runner.write("restore.json", RestoreBody.online())
            let refused = try await runner.run(["restore", "1000001", "--file", file, "--yes", "--readonly"])
            #expect(refused.status == 2)
            #expect(refused.stderr.contains("Read-only mode is on"), "\(refused.stderr)")
            let unattended = try await runner.run(["restore", "1000001", "--file", file])
            #expect(unattended.status == 2)
            #expect(unattended.stderr.contains("without --yes"), "\(unattended.stderr)")
            #expect(server.counters.requests(method: "POST") == 0)
            #expect(server.counters.requests(method: "GET") == 0, "refused before reading anything")
        }
    }
}
