import Foundation
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import Testing

@Suite("Envelope")
struct EnvelopeTests {
    /// Top-level keys in the order they appear in the raw bytes.
    private func topLevelKeys(_ text: String) -> [String] {
        var keys: [String] = []
        var depth = 0
        var inString = false
        var escaped = false
        var current = ""
        var lastString = ""
        for character in text {
            if inString {
                if escaped {
                    escaped = false
                    current.append(character)
                } else if character == "\\" {
                    escaped = true
                } else if character == "\"" {
                    inString = false
                    lastString = current
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "\"":
                inString = true
                current = ""
            case "{", "[":
                depth += 1
            case "}", "]":
                depth -= 1
            case ":" where depth == 1:
                keys.append(lastString)
            default:
                break
            }
        }
        return keys
    }

    @Test func successEnvelopeHasOCPsShape() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(
                uri: "/api/v2/ob/clusters/1000001/backup/config/backupStrategy", method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(response.status == .ok)
            let text = String(buffer: response.body)
            #expect(topLevelKeys(text) == ["data", "duration", "server", "status", "successful", "timestamp", "traceId"])
            #expect(!text.contains("null"))
            #expect(!text.contains("\\/"))
            let object = try SimulatorHarness.object(response)
            #expect(object["server"] as? String == "a83ad33525")
            #expect(object["status"] as? Int == 200)
            #expect(object["successful"] as? Bool == true)
            #expect(object["timestamp"] as? String == "2024-06-01T12:00:00.000+08:00")
            let traceId = try #require(object["traceId"] as? String)
            #expect(traceId.count == 16 && traceId.allSatisfy { $0.isHexDigit && !$0.isUppercase })
            #expect((object["duration"] as? Int).map { $0 >= 0 } == true)
        }
    }

    @Test func nestedKeysAreSorted() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: "/api/v2/ob/clusters/1000001", method: .get, headers: SimulatorHarness.basicHeaders)
            let text = String(buffer: response.body)
            let data = try #require(text.range(of: "\"data\":{"))
            let inner = String(text[data.upperBound...])
            let keys = topLevelKeys("{" + inner)
            #expect(!keys.isEmpty)
            #expect(keys == keys.sorted())
            #expect(text.contains("\"sql_port\":2881"))
        }
    }

    @Test func errorEnvelopeHasNoData() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: "/api/v2/ob/clusters/42", method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(response.status == .notFound)
            let text = String(buffer: response.body)
            #expect(topLevelKeys(text) == ["duration", "error", "server", "status", "successful", "timestamp", "traceId"])
            let error = try SimulatorHarness.error(response)
            #expect(error.code == "OBE11001")
            #expect(error.message == "The specified cluster with the ID of 42 does not exist.")
            #expect(!text.contains("null"))
        }
    }

    @Test func numericCodeStyleWritesNumbers() async throws {
        try await SimulatorHarness.withRouter(SimulatorHarness.configuration(style: .numeric)) { client in
            let response = try await client.execute(uri: "/api/v2/ob/clusters/42", method: .get, headers: SimulatorHarness.basicHeaders)
            let error = try #require(try SimulatorHarness.object(response)["error"] as? [String: Any])
            #expect(error["code"] as? Int == 11001)
        }
    }

    @Test func unknownPathIsAnEnvelope() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: "/api/v2/nothing", method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(response.status == .notFound)
            #expect(try SimulatorHarness.error(response).code == "COM10002")
        }
    }

    @Test func seededTraceIdsRepeat() async throws {
        let first = try await SimulatorHarness.withRouter { client in
            try await client.execute(uri: "/api/v2/ob/clusters/1000001", method: .get, headers: SimulatorHarness.basicHeaders) {
                try SimulatorHarness.object($0)["traceId"] as? String
            }
        }
        let second = try await SimulatorHarness.withRouter { client in
            try await client.execute(uri: "/api/v2/ob/clusters/1000001", method: .get, headers: SimulatorHarness.basicHeaders) {
                try SimulatorHarness.object($0)["traceId"] as? String
            }
        }
        #expect(first != nil)
        #expect(first == second)
    }
}
