import Foundation
import OCPAPI
import OCPSimulator
import Synchronization
import TestSupport
import Testing

/// The counters' requests in flight: every request counts from its arrival to its answer.
struct InFlightCounterTests {
    /// Holds every injected latency until `count` requests wait in it, then lets them all go.
    final class LatencyBarrier: Sendable {
        private let state = Mutex<(waiting: [CheckedContinuation<Void, Never>], count: Int)>(([], 0))

        init(count: Int) { state.withLock { $0.count = count } }

        var sleep: @Sendable (Duration) async throws -> Void {
            { _ in
                await withCheckedContinuation { continuation in
                    let released: [CheckedContinuation<Void, Never>] = self.state.withLock { state in
                        state.waiting.append(continuation)
                        guard state.waiting.count >= state.count else { return [] }
                        state.count = 0
                        defer { state.waiting = [] }
                        return state.waiting
                    }
                    for waiter in released { waiter.resume() }
                }
            }
        }
    }

    @Test func thePeakIsTheMostRequestsAnsweredTogether() async throws {
        let barrier = LatencyBarrier(count: 3)
        let configuration = SimulatorConfiguration(port: 0, faults: FaultOptions(latencyMs: 1), sleep: barrier.sleep, seed: 3)
        try await LiveSimulator.with(configuration) { server, client in
            try await withThrowingTaskGroup(of: Void.self) { group in
                for _ in 0..<3 { group.addTask { _ = try await client.cluster(id: StrategySamples.core) } }
                try await group.waitForAll()
            }
            _ = try await client.cluster(id: StrategySamples.core)
            #expect(server.counters.peakRequestsInFlight == 3)
            #expect(server.counters.requestCount == 4)
        }
    }
}
