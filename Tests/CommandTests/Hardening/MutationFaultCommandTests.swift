import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// `strategy create` and `strategy modify` against a simulator that applies the change and then
/// loses the answer (the connection closed, or the answer held back past `--timeout`): the
/// command says the outcome is unknown and what to do, exits 3, and the simulator received the
/// request exactly once (never retried).
struct MutationFaultCommandTests {
    static let orders: Int64 = 1_000_009
    static let strategyPath = "/api/v2/ob/clusters/1000009/backup/config/backupStrategy"

    @Test func aCreateWhoseAnswerIsLostIsSentOnce() async throws {
        let faults = FaultOptions(lostAnswerRate: 1, methods: ["POST"])
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, faults: faults, seed: 5)) { server, runner in
            let file = try runner.write("create.yaml", OfflineCommandTests.validBody)
            let result = try await runner.run(["strategy", "create", "1000009", "--file", file, "--timeout", "10"])
            #expect(result.status == 3, "\(result.stderr)")
            #expect(result.stderr.contains("may or may not"), "\(result.stderr)")
            #expect(server.counters.requests(method: "POST", path: Self.strategyPath) == 1)
            #expect(server.counters.count(of: .answerLost) == 1)
            #expect(await server.state.strategy(clusterId: Self.orders) != nil, "the simulator applied the create")
        }
    }

    @Test func aModifyWhoseAnswerComesTooLateIsSentOnce() async throws {
        let faults = FaultOptions(lateAnswerMs: 60_000, methods: ["PATCH"])
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, faults: faults, seed: 5)) { server, runner in
            let create = try runner.write("create.yaml", OfflineCommandTests.validBody)
            #expect(try await runner.run(["strategy", "create", "1000009", "--file", create]).status == 0)
            let changed = OfflineCommandTests.validBody.replacingOccurrences(
                of: "dataBackupTimeoutMinutes: 120", with: "dataBackupTimeoutMinutes: 90")
            let modify = try runner.write("modify.yaml", changed)
            let result = try await runner.run(["strategy", "modify", "1000009", "--file", modify, "--timeout", "15"])
            #expect(result.status == 3, "\(result.stderr)")
            #expect(result.stderr.contains("may or may not"), "\(result.stderr)")
            #expect(server.counters.requests(method: "PATCH", path: Self.strategyPath) == 1)
            let held = await server.state.strategy(clusterId: Self.orders)
            #expect(held?.obBackupThresholdConfig?.dataBackupTimeoutMinutes == 90, "the simulator applied the modify")
        }
    }
}
