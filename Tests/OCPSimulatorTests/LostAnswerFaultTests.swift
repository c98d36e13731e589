import Foundation
import OCPAPI
import OCPSimulator
import TestSupport
import Testing

/// Answers lost or late after a change was applied, scoped by method, and the counters that
/// show what arrived.
@Suite("Lost and late answers")
struct LostAnswerFaultTests {
    @Test func aLostAnswerAppliesTheCreateAndClosesTheConnection() async throws {
        let faults = FaultOptions(lostAnswerRate: 1, methods: ["POST"])
        try await LiveSimulator.with(SimulatorConfiguration(port: 0, faults: faults, seed: 3)) { server, client in
            let id = StrategySamples.orders
            do {
                _ = try await client.createBackupStrategy(clusterId: id, StrategySamples.oss())
                Issue.record("a lost answer produced an answer")
            } catch let error as OCPAPIError {
                #expect(error.kind == .outcomeUnknown, "\(error)")
            }
            #expect(server.counters.requests(method: "POST") == 1)
            #expect(server.counters.count(of: .answerLost) == 1)
            #expect(try await client.backupStrategyIfAny(clusterId: id) != nil, "the create was applied")
            #expect(server.counters.requests(method: "GET") == 1, "GETs get no faults when only POST is chosen")
        }
    }

    @Test func aLateAnswerHoldsBackTheAnswerAfterApplying() async throws {
        let recorder = RecordedSleeps()
        let faults = FaultOptions(lateAnswerMs: 4000, methods: ["PATCH"])
        let configuration = SimulatorConfiguration(port: 0, faults: faults, sleep: recorder.sleep, seed: 3)
        try await LiveSimulator.with(configuration) { server, client in
            var change = try await client.backupStrategy(clusterId: StrategySamples.core).value.asRequest
            change.obBackupScheduleConfig?.dayAndDataBackupModelMap = ["1": .full]
            _ = try await client.modifyBackupStrategy(clusterId: StrategySamples.core, change)
            #expect(recorder.all == [.milliseconds(4000)])
            #expect(server.counters.count(of: .answerLate) == 1)
            #expect(server.counters.requests(method: "PATCH") == 1)
        }
    }

    @Test func theCountersSummariseRequestsAndFaults() async throws {
        let faults = FaultOptions(errorRate: 0.5)
        try await LiveSimulator.with(SimulatorConfiguration(port: 0, faults: faults, seed: 9)) { server, client in
            var failures = 0
            for _ in 0..<10 {
                do { _ = try await client.cluster(id: StrategySamples.core) } catch { failures += 1 }
            }
            #expect(server.counters.requestCount == 10)
            #expect(server.counters.count(of: .failed) == failures)
            #expect(server.counters.faultCount == failures)
            #expect(server.counters.summary.hasPrefix("requests 10; faults \(failures): throttled 0, dropped 0, failed \(failures)"))
        }
    }

    @Test func lostAnswersCountTowardsTheRateLimit() {
        #expect(!FaultOptions(dropRate: 0.5, lostAnswerRate: 0.5).problems.contains { $0.contains("add up") })
        #expect(FaultOptions(dropRate: 0.6, lostAnswerRate: 0.5).problems.contains { $0.contains("add up") })
        #expect(FaultOptions(lateAnswerMs: -1).problems.count == 1)
        #expect(FaultOptions(errorRate: 1, methods: ["POST"]).applies(method: "POST", path: "/a"))
        #expect(!FaultOptions(errorRate: 1, methods: ["POST"]).applies(method: "GET", path: "/a"))
    }
}
