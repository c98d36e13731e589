import Foundation
import OCPAPI
import OCPSimulator
import Testing

@Suite("AuthVerifier details")
struct AuthVerifierTests {
    private let now = SimulatorHarness.fixedNow
    private var verifier: AuthVerifier { AuthVerifier(credentials: .demo, now: { [now] in now }) }

    /// A request signed over `stringToSign` with the demo secret.
    private func request(headers: [(name: String, value: String)], stringToSign: String, rawQuery: String? = nil) -> ReceivedRequest {
        let signature = OCPSigner.signature(stringToSign: stringToSign, secret: Secret(DemoCredentials.accessKeySecret))
        let authorization = (name: "Authorization", value: "OCP-ACCESS-KEY-HMACSHA1 \(DemoCredentials.accessKeyId):\(signature)")
        return ReceivedRequest(
            method: "GET", path: "/api/v2/ob/clusters", rawQuery: rawQuery, headers: headers + [authorization], host: "127.0.0.1:8080",
            body: [])
    }

    @Test func xOcpDateStandsInForAMissingDate() {
        let date = HTTPDate.format(now)
        let signed = request(
            headers: [("x-ocp-date", date)],
            stringToSign: "GET\n\n\n\(date)\n127.0.0.1:8080\nx-ocp-date:\(date)\n/api/v2/ob/clusters")
        #expect(verifier.failure(for: signed) == nil)
        let stale = HTTPDate.format(now.addingTimeInterval(-3600))
        let old = request(
            headers: [("x-ocp-date", stale)],
            stringToSign: "GET\n\n\n\(stale)\n127.0.0.1:8080\nx-ocp-date:\(stale)\n/api/v2/ob/clusters")
        #expect(verifier.failure(for: old)?.contains("60 minutes in the past") == true)
    }

    @Test func headerNamesAsSentOrLowercasedAreAccepted() {
        let date = HTTPDate.format(now)
        let asSent = request(
            headers: [("Date", date), ("X-OCP-Origin", "tui")],
            stringToSign: "GET\n\n\n\(date)\n127.0.0.1:8080\nX-OCP-Origin:tui\n/api/v2/ob/clusters")
        #expect(verifier.failure(for: asSent) == nil)
        let lowered = request(
            headers: [("Date", date), ("X-OCP-Origin", "tui")],
            stringToSign: "GET\n\n\n\(date)\n127.0.0.1:8080\nx-ocp-origin:tui\n/api/v2/ob/clusters")
        #expect(verifier.failure(for: lowered) == nil)
    }

    @Test func repeatedQueryKeysAreJoinedSorted() {
        let date = HTTPDate.format(now)
        let signed = request(
            headers: [("Date", date)],
            stringToSign: "GET\n\n\n\(date)\n127.0.0.1:8080\n\n/api/v2/ob/clusters?status=RUNNING%2CSTOPPED",
            rawQuery: "status=STOPPED&status=RUNNING")
        #expect(verifier.failure(for: signed) == nil)
    }

    @Test func signatureWithoutColonIsRejected() {
        let broken = ReceivedRequest(
            method: "GET", path: "/", rawQuery: nil, headers: [("Authorization", "OCP-ACCESS-KEY-HMACSHA1 nocolon")], host: "h", body: [])
        #expect(verifier.failure(for: broken)?.contains("AccessKeyId:Signature") == true)
    }
}
