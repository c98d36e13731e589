import Foundation
import OCPAPI
import TestSupport
import Testing

/// Mutated official answers never crash the client: each one decodes or gives a clear error.
struct DecoderRobustnessTests {
    func client(answering body: String) throws -> OCPClient {
        OCPClient(
            configuration: OCPClientConfiguration(baseURL: try OCPBaseURL(parsing: "http://127.0.0.1:8080"), credentials: .anonymous, retry: .never),
            transport: ScriptedTransport([.respond(200, [], body)]))
    }

    func outcome<Value>(_ call: (OCPClient) async throws(OCPAPIError) -> Value, body: String) async throws -> OCPAPIError? {
        let client = try client(answering: body)
        do throws(OCPAPIError) {
            _ = try await call(client)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("clusters", OfficialSamples.clusters), ("ability", OfficialSamples.ability), ("strategy", OfficialSamples.strategy),
        ("create response", OfficialSamples.createResponse),
    ])
    func everyMutationDecodesOrFailsClearly(name: String, sample: String) async throws {
        var failures = 0
        let mutations = SampleMutator.mutations(of: sample)
        for (label, body) in mutations {
            let error: OCPAPIError?
            switch name {
            case "clusters": error = try await outcome({ client throws(OCPAPIError) in try await client.clusters() }, body: body)
            case "ability": error = try await outcome({ client throws(OCPAPIError) in try await client.backupAbility(clusterId: 1) }, body: body)
            case "strategy": error = try await outcome({ client throws(OCPAPIError) in try await client.backupStrategy(clusterId: 1) }, body: body)
            default: error = try await outcome({ client throws(OCPAPIError) in try await client.deleteBackupStrategy(clusterId: 1) }, body: body)
            }
            guard let error else { continue }
            failures += 1
            #expect([.decoding, .ocp].contains(error.kind), "\(label): \(error.kind)")
            #expect(!error.message.isEmpty, "\(label)")
            #expect(!error.summary.unicodeScalars.contains { TextSanitizer.isUnsafe($0) }, "\(label): \(error.summary)")
            #expect(error.summary.count < 400, "\(label): \(error.summary.count) characters")
        }
        print("\(name): \(mutations.count) mutations, \(failures) clear errors, \(mutations.count - failures) decoded")
        #expect(failures > 0)
    }
}

/// Hostile numbers in headers and fields never trap.
struct HostileNumberTests {
    @Test(arguments: ["1e400", "-1", "nan", "inf", "99999999999999999999", "  2.5 "])
    func rateLimitResetIsBounded(header: String) {
        let delay = RetryPolicy().delay(afterAttempt: 1, rateLimitReset: header)
        #expect(delay >= .zero && delay <= .seconds(10))
    }

    @Test func decodingInPlaceReadsWhatACopyReads() throws {
        let body = Array(#"{"contents":[{"id":7,"name":"生产-1","zones":[{"name":"z1"}],"status":"RUNNING"}],"page":null}"#.utf8)
        let inPlace = try OCPJSON.decode(OCPPage<ClusterSummary>.self, from: body)
        let copied = try JSONDecoder().decode(OCPPage<ClusterSummary>.self, from: Data(body))
        #expect(inPlace.contents == copied.contents)
        #expect(inPlace.contents == [ClusterSummary(id: 7, name: "生产-1", obVersion: nil, type: nil, status: .running)])
        #expect(throws: DecodingError.self) { try OCPJSON.decode(ClusterSummary.self, from: []) }
    }

    @Test func epochMillisecondsOutOfRangeAreADecodingError() throws {
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(OCPTimestamp.self, from: Data("1e300".utf8)) }
        #expect(OCPTimestamp(date: Date(timeIntervalSince1970: 1e300), offsetSeconds: 0).raw.hasPrefix("9999-12-31T"))
    }
}
