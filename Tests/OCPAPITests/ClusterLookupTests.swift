import Foundation
import OCPAPI
import TestSupport
import Testing

/// Finding a named cluster with the answer it came in, whose envelope time is OCP's clock.
struct ClusterLookupTests {
    static func client(_ transport: ScriptedTransport) throws -> OCPClient {
        OCPClient(
            configuration: OCPClientConfiguration(baseURL: try OCPBaseURL(parsing: "http://127.0.0.1:8080"), credentials: .anonymous),
            transport: transport, sleep: RecordedSleeps().sleep)
    }

    static func page(_ names: [String], number: Int, totalElements: Int, time: String) -> ScriptedTransport.Answer {
        let rows = names.enumerated().map { #"{"id":\#(1_000_000 + number * 10 + $0.offset),"name":"\#($0.element)"}"# }
        return .json(
            status: 200,
            #"{"data":{"contents":[\#(rows.joined(separator: ","))],"page":{"number":\#(number),"size":2000,"totalElements":\#(totalElements),"totalPages":1}},"successful":true,"timestamp":"\#(time)"}"#
        )
    }

    @Test func anIdIsTheClustersOwnAnswer() async throws {
        let body = #"{"data":{"id":1000007,"name":"x"},"successful":true,"timestamp":"2024-06-10T08:00:00.000+08:00"}"#
        let transport = ScriptedTransport([.json(status: 200, body)])
        let answer = try await Self.client(transport).resolveClusterAnswer("1000007")
        #expect(answer.value.id == 1_000_007)
        #expect(answer.serverTime?.raw == "2024-06-10T08:00:00.000+08:00")
        #expect(transport.sentRoutes == ["GET /api/v2/ob/clusters/1000007"])
    }

    @Test func aNameIsFoundOnEveryPageTheTotalImplies() async throws {
        let transport = ScriptedTransport([
            Self.page(["orders-2", "orders-3"], number: 1, totalElements: 2001, time: "2024-06-10T08:00:00.000+08:00"),
            Self.page(["orders"], number: 2, totalElements: 2001, time: "2024-06-10T08:00:01.000+08:00"),
        ])
        let answer = try await Self.client(transport).resolveClusterAnswer("orders")
        #expect(answer.value.id == 1_000_020)
        #expect(answer.serverTime?.raw == "2024-06-10T08:00:01.000+08:00")
        #expect(transport.sentRoutes.count == 2)
        #expect(transport.sentRoutes[1].contains("page=2"))
    }

    @Test func noneOrSeveralByTheNameIsBadInput() async throws {
        let none = ScriptedTransport([Self.page(["orders-2"], number: 1, totalElements: 1, time: "2024-06-10T08:00:00Z")])
        await #expect(throws: OCPAPIError.self) { try await Self.client(none).resolveClusterAnswer("orders") }
        let twice = ScriptedTransport([Self.page(["orders", "orders"], number: 1, totalElements: 2, time: "2024-06-10T08:00:00Z")])
        let client = try Self.client(twice)
        do throws(OCPAPIError) {
            _ = try await client.resolveClusterAnswer("orders")
            Issue.record("two clusters of one name were accepted")
        } catch {
            #expect(error.kind == .invalidRequest)
            #expect(error.message.contains("1000010, 1000011"))
        }
    }
}
