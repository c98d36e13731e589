import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import Testing

@Suite("Authentication (docs/ocp-api.md)")
struct AuthTests {
    let path = "/api/v2/ob/clusters/1000001/backup/ability"

    @Test func basicAndAccessKeyAreAccepted() async throws {
        try await SimulatorHarness.withRouter { client in
            let basic = try await client.execute(uri: path, method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(basic.status == .ok)
            let signed = try await client.execute(
                uri: path, method: .get, headers: SimulatorHarness.signedHeaders(method: "GET", path: path))
            #expect(signed.status == .ok)
        }
    }

    /// Sends `headers` and expects 401 IAM10000 with `fragment` in the message.
    private func expectRejected(
        _ headers: HTTPFields, uri: String? = nil, method: HTTPRequest.Method = .get, body: ByteBuffer? = nil, _ fragment: String
    ) async throws {
        let target = uri ?? path
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: target, method: method, headers: headers, body: body)
            #expect(response.status == .unauthorized)
            let error = try SimulatorHarness.error(response)
            #expect(error.code == "IAM10000")
            #expect(error.message.contains(fragment), "\(error.message)")
            let envelope = try SimulatorHarness.object(response)
            #expect(envelope["data"] == nil)
            #expect((envelope["traceId"] as? String)?.count == 16)
        }
    }

    @Test func missingAuthorizationIsRejected() async throws {
        try await expectRejected([.contentType: "application/json"], "no Authorization header")
    }

    @Test func wrongBasicPasswordIsRejected() async throws {
        let token = Data("admin:wrong".utf8).base64EncodedString()
        try await expectRejected([.authorization: "Basic \(token)"], "Bad credentials")
    }

    @Test func wrongBasicUserIsRejected() async throws {
        let token = Data("root:\(DemoCredentials.password)".utf8).base64EncodedString()
        try await expectRejected([.authorization: "Basic \(token)"], "Bad credentials")
    }

    @Test func garbageBasicTokenIsRejected() async throws {
        try await expectRejected([.authorization: "Basic %%%"], "not base64")
    }

    @Test func unknownSchemeIsRejected() async throws {
        try await expectRejected([.authorization: "Bearer abc"], "unknown scheme")
    }

    @Test func schemeWordIsCaseSensitive() async throws {
        var headers = SimulatorHarness.signedHeaders(method: "GET", path: path)
        headers[.authorization] = headers[.authorization]?.replacingOccurrences(of: "HMACSHA1", with: "HmacSHA1")
        try await expectRejected(headers, "unknown scheme")
    }

    @Test func unknownAccessKeyIsRejected() async throws {
        try await expectRejected(SimulatorHarness.signedHeaders(method: "GET", path: path, accessKeyId: "someoneElse"), "unknown AccessKey")
    }

    @Test func wrongSecretIsABadSignature() async throws {
        try await expectRejected(SimulatorHarness.signedHeaders(method: "GET", path: path, secret: "not-the-secret"), "bad signature")
    }

    @Test func missingDateIsRejected() async throws {
        var headers = SimulatorHarness.signedHeaders(method: "GET", path: path)
        headers[.date] = nil
        try await expectRejected(headers, "missing Date")
    }

    @Test func unparseableDateIsRejected() async throws {
        var headers = SimulatorHarness.signedHeaders(method: "GET", path: path)
        headers[.date] = "2024-06-01 04:00:00"
        try await expectRejected(headers, "not RFC 1123")
    }

    @Test func dateSixteenMinutesOldIsRejected() async throws {
        let old = SimulatorHarness.fixedNow.addingTimeInterval(-16 * 60)
        try await expectRejected(SimulatorHarness.signedHeaders(method: "GET", path: path, date: old), "in the past")
    }

    @Test func dateSixteenMinutesAheadIsRejected() async throws {
        let ahead = SimulatorHarness.fixedNow.addingTimeInterval(16 * 60)
        try await expectRejected(SimulatorHarness.signedHeaders(method: "GET", path: path, date: ahead), "in the future")
    }

    @Test func dateFourteenMinutesOldIsAccepted() async throws {
        let old = SimulatorHarness.fixedNow.addingTimeInterval(-14 * 60)
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(
                uri: path, method: .get, headers: SimulatorHarness.signedHeaders(method: "GET", path: path, date: old))
            #expect(response.status == .ok)
        }
    }

    @Test func tamperedBodyIsABadSignature() async throws {
        let strategyPath = "/api/v2/ob/clusters/1000009/backup/config/backupStrategy"
        let signedBody = try OCPJSON.encode(StrategySamples.physical())
        let sentBody = try OCPJSON.encode(StrategySamples.physical(time: "03:00:00.000+08:00"))
        try await expectRejected(
            SimulatorHarness.signedHeaders(method: "POST", path: strategyPath, body: signedBody), uri: strategyPath, method: .post,
            body: ByteBuffer(bytes: sentBody), "bad signature")
    }

    @Test func tamperedQueryIsABadSignature() async throws {
        let headers = SimulatorHarness.signedHeaders(method: "GET", path: "/api/v2/ob/clusters", query: [QueryItem("page", "1")])
        try await expectRejected(headers, uri: "/api/v2/ob/clusters?page=2", "bad signature")
    }

    @Test func wrongHostIsABadSignature() async throws {
        try await expectRejected(SimulatorHarness.signedHeaders(method: "GET", path: path, host: "ocp.example.com:8080"), "bad signature")
    }

    @Test func tamperedOcpHeaderIsABadSignature() async throws {
        var headers = SimulatorHarness.signedHeaders(method: "GET", path: path)
        headers[HTTPField.Name("x-ocp-origin")!] = "someone-else"
        try await expectRejected(headers, "bad signature")
    }

    @Test func changedContentTypeIsABadSignature() async throws {
        var headers = SimulatorHarness.signedHeaders(method: "GET", path: path)
        headers[.contentType] = "application/json;charset=utf-8"
        try await expectRejected(headers, "bad signature")
    }

    @Test func timeNeedsNoAuthenticationAndIsPlainText() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: "/api/v2/time", method: .get)
            #expect(response.status == .ok)
            let text = String(buffer: response.body)
            #expect(text == "2024-06-01T12:00:00.000+08:00")
            #expect(OCPTimestamp.parse(text) == SimulatorHarness.fixedNow)
        }
    }

    @Test func infoIsABareObject() async throws {
        try await SimulatorHarness.withRouter { client in
            let response = try await client.execute(uri: "/api/v2/info", method: .get, headers: SimulatorHarness.basicHeaders)
            #expect(response.status == .ok)
            let object = try SimulatorHarness.object(response)
            #expect(object["successful"] == nil)
            #expect(object["artifact"] as? String == "ocp-server")
            #expect(object["group"] as? String == "com.oceanbase")
            #expect((object["buildVersion"] as? String)?.hasPrefix("4.3.2-") == true)
            let unauthenticated = try await client.execute(uri: "/api/v2/info", method: .get)
            #expect(unauthenticated.status == .unauthorized)
        }
    }
}
