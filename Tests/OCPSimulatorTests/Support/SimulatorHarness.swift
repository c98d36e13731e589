import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import OCPAPI
import OCPSimulator
import Testing

/// Builds simulators for tests: each test its own environment, fixed clock and seed.
enum SimulatorHarness {
    /// The fixed clock of router tests: 2024-06-01T04:00:00Z.
    static let fixedNow = Date(timeIntervalSince1970: 1_717_214_400)

    /// A configuration with a fixed clock and seed.
    static func configuration(
        faults: FaultOptions = .none, stateFile: String? = nil, generatedClusters: Int = 0, now: Date = fixedNow,
        sleep: @escaping @Sendable (Duration) async throws -> Void = { _ in }, style: ErrorCodeStyle = .string
    ) -> SimulatorConfiguration {
        SimulatorConfiguration(
            port: 0, stateFile: stateFile, generatedClusters: generatedClusters, faults: faults, now: { now }, sleep: sleep, seed: 42,
            errorCodeStyle: style)
    }

    /// Runs `test` against the router of a fresh simulator (no socket).
    static func withRouter<Value: Sendable>(
        _ configuration: SimulatorConfiguration = configuration(), _ test: @Sendable (any TestClientProtocol) async throws -> Value
    ) async throws -> Value {
        let environment = try SimulatorEnvironment(configuration)
        let application = SimulatorApplication.application(environment)
        return try await application.test(.router, test)
    }

    /// `Authorization: Basic` for the demo user.
    static var basicHeaders: HTTPFields {
        let token = Data("\(DemoCredentials.user):\(DemoCredentials.password)".utf8).base64EncodedString()
        return [.authorization: "Basic \(token)", .contentType: "application/json"]
    }

    /// The headers of a request signed with the demo AccessKey (router tests: Host `localhost`).
    static func signedHeaders(
        method: String, path: String, query: [QueryItem] = [], body: [UInt8] = [], date: Date = fixedNow, host: String = "localhost",
        secret: String = DemoCredentials.accessKeySecret, accessKeyId: String = DemoCredentials.accessKeyId
    ) -> HTTPFields {
        let dateText = HTTPDate.format(date)
        let input = SigningInput(
            method: method, body: body, contentType: "application/json", date: dateText, host: host,
            ocpHeaders: [("x-ocp-origin", "tests")], path: path, query: query)
        let signature = OCPSigner.sign(input, secret: Secret(secret))
        var fields: HTTPFields = [.contentType: "application/json", .date: dateText]
        fields[HTTPField.Name("x-ocp-origin")!] = "tests"
        fields[.authorization] = OCPSigner.authorization(accessKeyId: accessKeyId, signature: signature)
        return fields
    }

    /// The body as a JSON object.
    static func object(_ response: TestResponse) throws -> [String: Any] {
        let data = SimulatorHarness.bytes(response.body)
        return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }

    /// The `error.code` and `error.message` of an error envelope.
    static func error(_ response: TestResponse) throws -> (code: String, message: String) {
        let envelope = try OCPJSON.decoder().decode(OCPErrorEnvelope.self, from: SimulatorHarness.bytes(response.body))
        return (envelope.error?.code?.description ?? "", envelope.error?.message ?? "")
    }

    /// The `data` of a success envelope.
    static func data<Value: Codable & Sendable>(_ response: TestResponse, as type: Value.Type) throws -> Value {
        let envelope = try OCPJSON.decoder().decode(OCPEnvelope<Value>.self, from: SimulatorHarness.bytes(response.body))
        return try #require(envelope.data)
    }

    /// The readable bytes of a buffer.
    static func bytes(_ buffer: ByteBuffer) -> Data {
        Data(buffer.getBytes(at: buffer.readerIndex, length: buffer.readableBytes) ?? [])
    }

    /// A JSON body.
    static func body(_ value: some Encodable) throws -> ByteBuffer {
        ByteBuffer(bytes: try OCPJSON.encode(value))
    }
}
