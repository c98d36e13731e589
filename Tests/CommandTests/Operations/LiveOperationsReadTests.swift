import ConsoleUI
import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// The read commands of the backup operations, the built binary against the simulator over
/// loopback, on a clock placed at a Wednesday noon (+08:00) so every run sees the same fleet.
struct LiveOperationsReadTests {
    /// 2024-06-05 12:00 +08:00, a Wednesday: no scheduled backup runs at the start.
    static let start = Date(timeIntervalSince1970: 1_717_560_000)
    static let configuration = SimulatorConfiguration(port: 0, start: start, seed: 11)

    /// The display column where `needle` starts in `line`.
    static func column(of needle: String, in line: String) -> Int? {
        line.range(of: needle).map { DisplayWidth.width(of: String(line[..<$0.lowerBound])) }
    }

    @Test func tenantsTableJSONAndYAML() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let table = try await runner.run(["tenants", "风控_主库"])
            #expect(table.status == 0, "\(table.stderr)")
            let lines = table.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 5, "\(lines)")
            #expect(lines.contains { $0.contains("report_2") && $0.contains("Oracle") })
            #expect(Set(lines.compactMap { Self.column(of: "NORMAL", in: $0) ?? Self.column(of: "STATUS", in: $0) }).count == 1)
            let json = try await runner.run(["tenants", "1000003", "-o", "json"])
            guard case .array(let contents)? = try JSONValue.parse(Array(json.stdout.utf8))["contents"] else {
                throw CommandTestFailure("no contents: \(json.stdout)")
            }
            #expect(contents.count == 4)
            let yaml = try await runner.run(["tenants", "1000003", "-o", "yaml"])
            #expect(yaml.status == 0)
            #expect(yaml.stdout.contains("name: pay"))
        }
    }

    @Test func overviewSaysTheScheduleAndTheHealthAndJSONIsOCPsData() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let paused = try await runner.run(["overview", "ops-maintenance"])
            #expect(paused.status == 0, "\(paused.stderr)")
            #expect(paused.stdout.range(of: #"Scheduling: +paused \(PAUSED\)"#, options: .regularExpression) != nil, "\(paused.stdout)")
            #expect(paused.stdout.contains("WARNING"))
            let json = try await runner.run(["overview", "1000008", "-o", "json"])
            let value = try JSONValue.parse(Array(json.stdout.utf8))
            #expect(value["backupScheduleStatus"] == .string("PAUSED"))
            #expect(value["clusterId"] == .integer(1_000_008))
            let yaml = try await runner.run(["overview", "1000008", "-o", "yaml"])
            #expect(yaml.stdout.contains("backupScheduleStatus: PAUSED"))
        }
    }

    @Test func tasksOfEachKindNewestFirstWithTheirClassBesideTheRawStatus() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let data = try await runner.run(["tasks", "交易核心集群"])
            #expect(data.status == 0, "\(data.stderr)")
            let rows = data.stdout.split(separator: "\n").dropFirst().map(String.init)
            #expect(rows.count >= 3, "\(data.stdout)")
            #expect(rows.allSatisfy { $0.contains("succeeded  DONE") }, "\(rows)")
            let started = rows.compactMap { row in
                row.range(of: #"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}"#, options: .regularExpression).map { String(row[$0]) }
            }
            #expect(started == started.sorted(by: >), "not newest first: \(started)")
            let failed = try await runner.run(["tasks", "1000011", "--kind", "instances", "--status", "failed"])
            #expect(failed.status == 0, "\(failed.stderr)")
            let failedRows = failed.stdout.split(separator: "\n").dropFirst()
            #expect(failedRows.count == 1, "\(failed.stdout)")
            #expect(failedRows.first?.contains("failed  FAILED") == true)
            let log = try await runner.run(["tasks", "1000003", "--kind", "log"])
            #expect(log.stdout.contains("INTERRUPTED"), "\(log.stdout)")
            let json = try await runner.run(["tasks", "1000001", "--kind", "data", "-o", "json"])
            guard case .array(let contents)? = try JSONValue.parse(Array(json.stdout.utf8))["contents"] else {
                throw CommandTestFailure("no contents: \(json.stdout)")
            }
            #expect(contents.count == rows.count)
            #expect(contents.first?["status"] == .string("DONE"))
            let yaml = try await runner.run(["tasks", "1000001", "-o", "yaml"])
            #expect(yaml.stdout.contains("status: DONE"))
        }
    }

    @Test func badTimesTasksAndTenantsAreRefusedBeforeAnythingIsListed() async throws {
        try await LiveCommandHarness.with(Self.configuration) { server, runner in
            let tooOld = try await runner.run(["tasks", "1000001", "--since", "40d"])
            #expect(tooOld.status == 2)
            #expect(tooOld.stderr.contains("reaches back further"), "\(tooOld.stderr)")
            let future = try await runner.run(["tasks", "1000001", "--until", "2099-01-01T00:00:00Z"])
            #expect(future.status == 2)
            #expect(future.stderr.contains("lies in the future"))
            let noOffset = try await runner.run(["tasks", "1000001", "--since", "2024-06-01T12:00"])
            #expect(noOffset.status == 2)
            #expect(noOffset.stderr.contains("no UTC offset"), "\(noOffset.stderr)")
            let listed = server.counters.requests(method: "GET", path: "/api/v2/ob/clusters/1000001/backup/data/tasks")
            #expect(listed == 0, "a refused list was read")
            let unknown = try await runner.run(["task", "show", "99"])
            #expect(unknown.status == 1)
            #expect(unknown.stderr.contains("TSK10001"))
            #expect(unknown.stderr.contains("[traceId "))
            let notAnId = try await runner.run(["task", "show", "abc"])
            #expect(notAnId.status == 2)
            #expect(notAnId.stderr.contains("TASK must be an OCP task id"))
            let noTenant = try await runner.run(["recoverable", "1000003", "--tenant", "nobody"])
            #expect(noTenant.status == 2)
            #expect(noTenant.stderr.contains("no tenant 'nobody'"), "\(noTenant.stderr)")
            let atFuture = try await runner.run(["recoverable", "1000001", "--at", "2099-01-01T00:00:00+08:00"])
            #expect(atFuture.status == 2)
            #expect(atFuture.stderr.contains("lies in the future"))
        }
    }

    @Test func aFailedTaskShowsItsStepsInOrderTheFailedStepAndItsLog() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let list = try await runner.run(["tasks", "1000011", "--kind", "instances", "--status", "FAILED", "-o", "json"])
            guard case .array(let contents)? = try JSONValue.parse(Array(list.stdout.utf8))["contents"],
                case .integer(let id)? = contents.first?["id"]
            else { throw CommandTestFailure("no failed task: \(list.stdout)") }
            let shown = try await runner.run(["task", "show", String(id)])
            #expect(shown.status == 0, "\(shown.stderr)")
            let steps = ["Check if ready to data backup", "Start cluster compact if necessary", "Start data backup", "Wait data backup finished"]
            let table = shown.stdout.split(separator: "\n").filter { $0.first?.isNumber == true }.joined(separator: "\n")
            let positions = steps.compactMap { table.range(of: $0)?.lowerBound }
            #expect(positions.count == steps.count && positions == positions.sorted(), "steps not in execution order:\n\(shown.stdout)")
            #expect(shown.stdout.contains("Failed step: Start cluster compact if necessary"))
            #expect(shown.stdout.contains("Cluster compaction needed before full data backup"))
            #expect(shown.stdout.contains("ERROR"), "no log tail:\n\(shown.stdout)")
            HostileOutputTests.expectSafe(shown.stdout, "task show")
            let log = try await runner.run(["task", "show", String(id), "--log", "--lines", "1"])
            #expect(log.status == 0, "\(log.stderr)")
            #expect(log.stdout.contains("Last line of its log:"), "\(log.stdout)")
            let json = try await runner.run(["task", "show", String(id), "-o", "json"])
            #expect(try JSONValue.parse(Array(json.stdout.utf8))["status"] == .string("FAILED"))
        }
    }

    @Test func recoverableWindowsAndTheAnswerForOneTime() async throws {
        try await LiveCommandHarness.with(Self.configuration) { _, runner in
            let table = try await runner.run(["recoverable", "风控_主库"])
            #expect(table.status == 0, "\(table.stderr)")
            #expect(table.stdout.split(separator: "\n").filter { $0.hasPrefix("pay ") }.count == 2, "two windows of pay:\n\(table.stdout)")
            let interrupted = try await runner.run(["recoverable", "1000003", "--tenant", "pay", "--at", "1h"])
            #expect(interrupted.status == 4, "\(interrupted.stdout)\(interrupted.stderr)")
            #expect(interrupted.stdout.contains("pay: NOT recoverable; latest before:"), "\(interrupted.stdout)")
            let healthy = try await runner.run(["recoverable", "1000001", "--at", "1h"])
            #expect(healthy.status == 0, "\(healthy.stdout)\(healthy.stderr)")
            #expect(healthy.stdout.contains("trade: recoverable"))
            let json = try await runner.run(["recoverable", "1000001", "-o", "json"])
            #expect(json.status == 0)
            #expect((try? JSONValue.parse(Array(json.stdout.utf8))) != nil, "\(json.stdout)")
        }
    }

    @Test func hostileTaskMessagesAndLogsNeverReachTheTerminalRaw() async throws {
        try await LiveCommandHarness.with(HostileOutputTests.configuration) { _, runner in
            let clusters = try await runner.run(["clusters", "-o", "json"])
            guard case .array(let contents)? = try JSONValue.parse(Array(clusters.stdout.utf8))["contents"] else {
                throw CommandTestFailure("no clusters")
            }
            let ids = contents.prefix(8).compactMap { cluster -> String? in
                if case .integer(let id)? = cluster["id"] { return String(id) }
                return nil
            }
            var failedTask: Int64?
            for id in ids {
                for kind in ["data", "log", "instances"] {
                    let listed = try await runner.run(["tasks", id, "--kind", kind])
                    HostileOutputTests.expectSafe(listed.stdout + listed.stderr, "tasks \(id) --kind \(kind)")
                }
                HostileOutputTests.expectSafe(try await runner.run(["tenants", id]).stdout, "tenants \(id)")
                HostileOutputTests.expectSafe(try await runner.run(["overview", id]).stdout, "overview \(id)")
                let json = try await runner.run(["tasks", id, "--kind", "instances", "--status", "failed", "-o", "json"])
                if failedTask == nil, case .array(let rows)? = try? JSONValue.parse(Array(json.stdout.utf8))["contents"],
                    case .integer(let task)? = rows.first?["id"]
                {
                    failedTask = task
                }
            }
            let task = try #require(failedTask, "the hostile fleet has a failed task")
            let shown = try await runner.run(["task", "show", String(task), "--log", "--lines", "200"])
            #expect(shown.status == 0, "\(shown.stderr)")
            HostileOutputTests.expectSafe(shown.stdout + shown.stderr, "task show --log")
        }
    }
}
