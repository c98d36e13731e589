import OCPAPI
import OCPSimulator
import Testing

/// Bodies read by `AsyncHTTPTransport` over loopback: many chunks make one body, and a body past
/// the limit is refused however it arrives.
@Suite struct TransportBodyTests {
    func withClient<Value: Sendable>(maxBodyBytes: Int, _ body: (OCPClient) async throws -> Value) async throws -> Value {
        try await LiveSimulator.with(
            SimulatorConfiguration(port: 0, generatedClusters: 600, seed: 2), credentials: LiveSimulator.accessKey, retry: .never,
            maxBodyBytes: maxBodyBytes
        ) { _, client in try await body(client) }
    }

    @Test func aLargePageArrivesWhole() async throws {
        let page = try await withClient(maxBodyBytes: 8 << 20) { client in try await client.clusters(page: 1, size: 500) }
        #expect(page.value.contents.count == 500)
        #expect(page.body.count > 256 * 1024, "the page spans many chunks")
        #expect(Set(page.value.contents.map(\.id)).count == 500)
    }

    @Test func aBodyPastTheLimitIsRefused() async throws {
        await #expect {
            _ = try await withClient(maxBodyBytes: 4096) { client in try await client.clusters(page: 1, size: 500) }
        } throws: { error in
            guard let error = error as? OCPAPIError else { return false }
            return error.kind == .decoding && error.message == "The answer was larger than 4096 bytes."
        }
    }
}
