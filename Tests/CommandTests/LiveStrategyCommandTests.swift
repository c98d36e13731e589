import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// Strategy changes through the built binary; the simulator is checked for what it holds.
struct LiveStrategyCommandTests {
    static let orders: Int64 = 1_000_009
    static let body = OfflineCommandTests.validBody

    @Test func createShowRoundTripDiffModifyAuditDelete() async throws {
        try await LiveCommandHarness.with(accessKey: true) { server, runner in
            let file = try runner.write("create.yaml", Self.body)
            let created = try await runner.run(["strategy", "create", "订单中心", "--file", file])
            #expect(created.status == 0, "\(created.stderr)")
            #expect(created.stdout.contains("Created the backup strategy of cluster 订单中心 (id 1000009); task ids: "))
            let held = try #require(await server.state.strategy(clusterId: Self.orders))
            #expect(held.obBackupScheduleConfig?.dayAndDataBackupModelMap == ["2": .full, "4": .incremental])
            #expect(held.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey?.accessKeySecret?.reveal() == "very-secret-value")

            let shown = try await runner.run(["strategy", "show", "1000009"])
            #expect(shown.stdout.contains("Weekly: Tue Full, Thu Incremental at 02:00 UTC+08:00"))
            #expect(!shown.stdout.contains("very-secret-value"))

            let yaml = try await runner.run(["strategy", "show", "1000009", "--output", "yaml"])
            #expect(yaml.status == 0)
            #expect(!yaml.stdout.contains("very-secret-value"))
            let roundTrip = try runner.write("shown.yaml", yaml.stdout)
            let unchanged = try await runner.run(["strategy", "modify", "1000009", "--file", roundTrip])
            #expect(unchanged.status == 1)
            #expect(unchanged.stderr.contains("BAK21016 (HTTP 400)"))
            #expect(unchanged.stderr.range(of: #"\[traceId [0-9a-f]{16}\]"#, options: .regularExpression) != nil)

            let changed = try runner.write("changed.yaml", yaml.stdout.replacingOccurrences(of: "02:00:00.000+08:00", with: "03:15:00.000+08:00"))
            let diff = try await runner.run(["strategy", "diff", "1000009", "--file", changed])
            #expect(diff.stdout == "~ obBackupScheduleConfig.backupScheduleTime: \"02:00:00.000+08:00\" → \"03:15:00.000+08:00\"\n")
            let modified = try await runner.run(["strategy", "modify", "订单中心", "--file", changed])
            #expect(modified.status == 0, "\(modified.stderr)")
            let after = try #require(await server.state.strategy(clusterId: Self.orders))
            #expect(after.obBackupScheduleConfig?.backupScheduleTime == "03:15:00.000+08:00")
            #expect(after.obBackupServiceStorageConfig?.obBackupStorageBaseInfo?.ossAccessKey?.accessKeySecret?.reveal() == "very-secret-value")

            let deleted = try await runner.run(["strategy", "delete", "1000009", "--yes"])
            #expect(deleted.status == 0, "\(deleted.stderr)")
            #expect(await server.state.strategy(clusterId: Self.orders) == nil)
            let gone = try await runner.run(["strategy", "show", "1000009"])
            #expect(gone.status == 1)
            #expect(gone.stderr.contains("BAK21006"))

            let audit = try await runner.run(["audit", "--output", "json"])
            let entries = audit.stdout.split(separator: "\n").map { try? JSONValue.parse(Array($0.utf8)) }
            #expect(entries.map { $0?["operation"]?.stringValue } == ["create", "modify", "modify", "delete"])
            #expect(entries.map { $0?["result"]?.stringValue } == ["success", "error", "success", "success"])
            #expect(entries[1]?["code"] == .string("BAK21016"))
            #expect(entries.allSatisfy { $0?["principal"] == .string(server.credentials.accessKeyId) })
            let auditFile = runner.home.path + "/state/ocpbackup/audit.jsonl"
            let raw = try String(contentsOfFile: auditFile, encoding: .utf8)
            #expect(!raw.contains("very-secret-value"))
            #expect(!raw.contains(server.credentials.accessKeySecret.reveal()))
            let mode = try FileManager.default.attributesOfItem(atPath: auditFile)[.posixPermissions] as? Int
            #expect(mode == 0o600)
            let table = try await runner.run(["audit", "--last", "1"])
            #expect(table.stdout.split(separator: "\n").count == 2)
        }
    }

    @Test func aStandbyIsRefusedBeforeAnythingIsSent() async throws {
        try await LiveCommandHarness.with { server, runner in
            let file = try runner.write("create.yaml", Self.body)
            let result = try await runner.run(["strategy", "create", "风控_备库", "--file", file])
            #expect(result.status == 2)
            #expect(result.stderr.contains("BAK40002"))
            #expect(await server.state.strategy(clusterId: 1_000_002) == nil)
            #expect(!FileManager.default.fileExists(atPath: runner.home.path + "/state/ocpbackup/audit.jsonl"))
        }
    }

    @Test func aLostAnswerToACreateIsSaidPlainlyAndAudited() async throws {
        let faults = FaultOptions(dropRate: 1, pathPrefix: "/api/v2/ob/clusters/1000009/backup/config")
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, faults: faults, seed: 5)) { _, runner in
            let file = try runner.write("create.yaml", Self.body)
            let result = try await runner.run(["strategy", "create", "1000009", "--file", file, "--timeout", "10"])
            #expect(result.status == 3, "\(result.stderr)")
            #expect(result.stderr.contains("may or may not"))
            #expect(result.stderr.contains("ocpbackup strategy show"))
            let audit = try await runner.run(["audit", "--output", "json"])
            #expect(try JSONValue.parse(Array(audit.stdout.utf8))["result"] == .string("unknown"))
        }
    }
}
