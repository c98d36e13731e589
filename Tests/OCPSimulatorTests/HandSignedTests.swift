import AsyncHTTPClient
import Crypto
import Foundation
import Hummingbird
import NIOCore
import NIOHTTP1
import OCPAPI
import OCPSimulator
import Testing

/// Requests signed by hand, literally per the doc, with no code shared with `OCPSigner`: the
/// string to sign is written out, HMAC-SHA1 comes from swift-crypto, AsyncHTTPClient sends it.
@Suite("Hand-signed requests")
struct HandSignedTests {
    private static func rfc1123(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }

    private static func hmac(_ message: String) -> String {
        let key = SymmetricKey(data: Data(DemoCredentials.accessKeySecret.utf8))
        return Data(HMAC<Insecure.SHA1>.authenticationCode(for: Data(message.utf8), using: key)).base64EncodedString()
    }

    /// Sends one request signed over `signedPathAndQuery` and returns status and body.
    private func send(
        method: HTTPMethod, rawPathAndQuery: String, signedPathAndQuery: String, body: String? = nil
    ) async throws -> (status: UInt, body: String) {
        let server = try await SimulatorServer.start(SimulatorConfiguration(port: 0))
        let client = HTTPClient(eventLoopGroupProvider: .singleton)
        do {
            let date = Self.rfc1123(Date())
            let host = "127.0.0.1:\(server.port)"
            var md5 = ""
            if let body {
                md5 = Insecure.MD5.hash(data: Data(body.utf8)).map { String(format: "%02X", $0) }.joined()
            }
            let message = "\(method.rawValue)\n\(md5)\napplication/json\n\(date)\n\(host)\nx-ocp-origin:hand\n\(signedPathAndQuery)"
            var request = HTTPClientRequest(url: "http://\(host)\(rawPathAndQuery)")
            request.method = method
            request.headers.add(name: "Host", value: host)
            request.headers.add(name: "Date", value: date)
            request.headers.add(name: "Content-Type", value: "application/json")
            request.headers.add(name: "x-ocp-origin", value: "hand")
            request.headers.add(name: "Authorization", value: "OCP-ACCESS-KEY-HMACSHA1 \(DemoCredentials.accessKeyId):\(Self.hmac(message))")
            if let body { request.body = .bytes(ByteBuffer(string: body)) }
            let response = try await client.execute(request, timeout: .seconds(20))
            let bytes = try await response.body.collect(upTo: 1 << 20)
            try await client.shutdown()
            await server.shutdown()
            return (response.status.code, String(buffer: bytes))
        } catch {
            try? await client.shutdown()
            await server.shutdown()
            throw error
        }
    }

    @Test func getWithUnsortedQueryIsAccepted() async throws {
        let result = try await send(
            method: .GET, rawPathAndQuery: "/api/v2/ob/clusters?size=5&page=1&name=%E9%A3%8E%E6%8E%A7",
            signedPathAndQuery: "/api/v2/ob/clusters?name=%E9%A3%8E%E6%8E%A7&page=1&size=5")
        #expect(result.status == 200, "\(result.body)")
        #expect(result.body.contains("风控_主库"))
    }

    @Test func postHashesTheRawBodyBytes() async throws {
        let body = """
            { "backupMode": "PHYSICAL_BACKUP",
              "obBackupScheduleConfig": {"backupScheduleMode": "WEEK", "backupScheduleTime": "02:00:00.000+08:00",
                "dayAndDataBackupModelMap": {"2": "FULL_BACKUP"}, "startLogBackup": true},
              "obBackupThresholdConfig": {"dataBackupTimeoutMinutes": 7, "logBackupDelaySeconds": 300, "noSuccessfulDataBackupAlarmDays": 2},
              "obBackupServiceStorageConfig": {"configName": "nfs_hand", "alarmStoragePercentageThreshold": 80,
                "obBackupStorageBaseInfo": {"backupStorageType": "BACKUP_STORAGE_FILE", "storageUrl": "/obbackup/"}} }
            """
        let path = "/api/v2/ob/clusters/1000009/backup/config/backupStrategy"
        let result = try await send(method: .POST, rawPathAndQuery: path, signedPathAndQuery: path, body: body)
        #expect(result.status == 200, "\(result.body)")
        #expect(result.body.contains("CREATE_BACKUP_STRATEGY"))
    }

    @Test func rfc3986SpaceIsAccepted() async throws {
        let result = try await send(
            method: .GET, rawPathAndQuery: "/api/v2/ob/clusters?name=a%20b~&page=1",
            signedPathAndQuery: "/api/v2/ob/clusters?name=a%20b~&page=1")
        #expect(result.status == 200, "\(result.body)")
    }

    @Test func javaURLEncoderStyleIsAccepted() async throws {
        let result = try await send(
            method: .GET, rawPathAndQuery: "/api/v2/ob/clusters?name=a+b%7E&page=1",
            signedPathAndQuery: "/api/v2/ob/clusters?name=a+b%7E&page=1")
        #expect(result.status == 200, "\(result.body)")
    }

    @Test func signatureOverADifferentQueryIsRejected() async throws {
        let result = try await send(
            method: .GET, rawPathAndQuery: "/api/v2/ob/clusters?page=2", signedPathAndQuery: "/api/v2/ob/clusters?page=1")
        #expect(result.status == 401)
        #expect(result.body.contains("IAM10000"))
    }

    @Test func officialVectorOneVerifies() {
        let date = Date(timeIntervalSince1970: 1_673_946_837)
        let verifier = AuthVerifier(
            credentials: AuthCredentials(
                user: "u", password: Secret("p"), accessKeyId: "cqammmxBpfGjFlto", accessKeySecret: Secret("2fc0c299cc94c6be266f2ceece765d4d")),
            now: { date })
        let request = ReceivedRequest(
            method: "POST", path: "/api/v2/compute/idcs", rawQuery: nil,
            headers: [
                ("Content-Type", "application/json"), ("x-ocp-data", "A,1"), ("Date", "Tue, 17 Jan 2023 09:13:57 GMT"),
                ("Authorization", "OCP-ACCESS-KEY-HMACSHA1 cqammmxBpfGjFlto:XN8P+O+v3vUabB16ZCooq5wMJoY="),
            ],
            host: "ocp.alibaba.net:8080", body: Array(#"{"name":"test01","description":"test","regionId":1}"#.utf8))
        #expect(verifier.failure(for: request) == nil)
        var tampered = request
        tampered.body.append(UInt8(ascii: " "))
        #expect(verifier.failure(for: tampered)?.contains("bad signature") == true)
    }
}
