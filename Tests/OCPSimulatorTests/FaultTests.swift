import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import TestSupport
import Testing

@Suite("Fault injection")
struct FaultTests {
    private let path = "/api/v2/ob/clusters/1000001"

    private func statuses(_ faults: FaultOptions, count: Int = 20) async throws -> [Int] {
        try await SimulatorHarness.withRouter(SimulatorHarness.configuration(faults: faults)) { client in
            var statuses: [Int] = []
            for _ in 0..<count {
                let response = try await client.execute(uri: path, method: .get, headers: SimulatorHarness.basicHeaders)
                statuses.append(Int(response.status.code))
            }
            return statuses
        }
    }

    @Test func noFaultsByDefault() async throws {
        #expect(try await statuses(.none) == Array(repeating: 200, count: 20))
    }

    @Test func latencyAndJitterWaitBeforeAnswering() async throws {
        let recorder = RecordedSleeps()
        let configuration = SimulatorHarness.configuration(faults: FaultOptions(latencyMs: 250, jitterMs: 50), sleep: recorder.sleep)
        try await SimulatorHarness.withRouter(configuration) { client in
            for _ in 0..<10 {
                let response = try await client.execute(uri: path, method: .get, headers: SimulatorHarness.basicHeaders)
                #expect(response.status == .ok)
            }
        }
        let waits = recorder.all
        #expect(waits.count == 10)
        #expect(waits.allSatisfy { $0 >= .milliseconds(250) && $0 <= .milliseconds(300) })
        #expect(Set(waits).count > 1)
    }

    @Test func errorRateAnswersTheChosenStatus() async throws {
        try await SimulatorHarness.withRouter(SimulatorHarness.configuration(faults: FaultOptions(errorRate: 1, errorStatus: 503))) { client in
            let response = try await client.execute(uri: path, method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(response.status.code == 503)
            let error = try SimulatorHarness.error(response)
            #expect(error.code == "COM10000")
            #expect(try SimulatorHarness.object(response)["status"] as? Int == 503)
        }
    }

    @Test func garbledBodiesAreCutShortWith200() async throws {
        try await SimulatorHarness.withRouter(SimulatorHarness.configuration(faults: FaultOptions(garbleRate: 1))) { client in
            let response = try await client.execute(uri: path, method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(response.status == .ok)
            #expect(response.body.readableBytes > 0)
            #expect(throws: (any Error).self) { try JSONSerialization.jsonObject(with: SimulatorHarness.bytes(response.body)) }
        }
    }

    @Test func throttlingAnswers429WithRateLimitHeaders() async throws {
        try await SimulatorHarness.withRouter(SimulatorHarness.configuration(faults: FaultOptions(throttleRate: 1))) { client in
            let response = try await client.execute(uri: path, method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(response.status == .tooManyRequests)
            #expect(response.headers[HTTPField.Name("RateLimit-Limit")!] == "100")
            #expect(response.headers[HTTPField.Name("RateLimit-Remaining")!] == "0")
            #expect(response.headers[HTTPField.Name("RateLimit-Reset")!] == "1")
            let object = try SimulatorHarness.object(response)
            #expect(object["traceId"] as? String == "")
            let error = try #require(object["error"] as? [String: Any])
            #expect(error["code"] as? Int == 0)
            #expect((error["message"] as? String)?.hasPrefix("Excessive number of requests.") == true)
        }
    }

    @Test func droppedConnectionsGetNoAnswer() async throws {
        let configuration = SimulatorConfiguration(port: 0, faults: FaultOptions(dropRate: 1), seed: 5)
        // The drop happens in a request handler, a task on Swift's cooperative pool; in the full
        // test run, synchronous tests beside this one can hold that pool for many seconds, and a
        // 20-second client timeout then fired before the handler could close the connection.
        // The wait is a limit, not the check: the check is the kind of failure.
        try await LiveSimulator.with(configuration, timeout: .seconds(120)) { _, client in
            do {
                _ = try await client.cluster(id: StrategySamples.core)
                Issue.record("a dropped connection produced an answer")
            } catch let error as OCPAPIError {
                #expect(error.kind == .connection)
                #expect(error.httpStatus == nil)
            }
        }
    }

    @Test func throttledGetsAreRetriedByTheClient() async throws {
        let configuration = SimulatorConfiguration(port: 0, faults: FaultOptions(throttleRate: 0.5), seed: 11)
        try await LiveSimulator.with(configuration, retry: RetryPolicy(maxAttempts: 30)) { _, client in
            for _ in 0..<5 {
                let cluster = try await client.cluster(id: StrategySamples.core).value
                #expect(cluster.id == StrategySamples.core)
            }
        }
    }

    @Test func theSameSeedGivesTheSameFaults() async throws {
        let faults = FaultOptions(errorRate: 0.5)
        let first = try await statuses(faults)
        let second = try await statuses(faults)
        #expect(first == second)
        #expect(first.contains(200) && first.contains(500))
    }

    @Test func faultsCanBeScopedToAPathPrefix() async throws {
        let faults = FaultOptions(errorRate: 1, pathPrefix: "/api/v2/ob/clusters/1000002")
        try await SimulatorHarness.withRouter(SimulatorHarness.configuration(faults: faults)) { client in
            let other = try await client.execute(uri: path, method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(other.status == .ok)
            let scoped = try await client.execute(uri: "/api/v2/ob/clusters/1000002", method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(scoped.status == .internalServerError)
        }
    }

    @Test func impossibleOptionsAreRefused() {
        #expect(throws: SimulatorStartError.self) { try SimulatorEnvironment(SimulatorConfiguration(faults: FaultOptions(errorRate: 1.5))) }
        #expect(throws: SimulatorStartError.self) {
            try SimulatorEnvironment(SimulatorConfiguration(faults: FaultOptions(errorRate: 0.6, dropRate: 0.6)))
        }
    }
}
