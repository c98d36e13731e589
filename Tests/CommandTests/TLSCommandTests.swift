import Foundation
import TestSupport
import Testing

/// HTTPS: certificates are verified by default; `--cacert` trusts a CA; `--insecure` skips checks.
struct TLSCommandTests {
    static let ability =
        #"{"data":{"backupAbility":"PHYSICAL_BACKUP","backupMode":"PHYSICAL_BACKUP"},"successful":true,"status":200,"traceId":"0123456789abcdef"}"#
    static let cluster =
        #"{"data":{"id":1,"name":"tls-cluster","obVersion":"4.2.1.0","status":"RUNNING","type":"PRIMARY"},"successful":true,"status":200,"traceId":"0123456789abcdef"}"#

    @Test func verificationIsOnByDefaultAndCacertOrInsecureChangeIt() async throws {
        var runner = try CommandRunner()
        let server = try await TLSTestServer(directory: runner.home, routes: ["/ability": Self.ability], fallback: Self.cluster)
        let cert = server.certificatePath
        runner.environment = ["OCP_URL": server.url, "OCP_USER": "admin", "OCP_PASSWORD": "x"]

        let refused = try await runner.run(["ability", "1", "--timeout", "10"])
        #expect(refused.status == 3, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("TLS certificate"))
        #expect(refused.stderr.contains("--cacert"))
        let trusted = try await runner.run(["ability", "1", "--cacert", cert])
        #expect(trusted.status == 0, "\(trusted.stderr)")
        #expect(trusted.stdout.contains("Cluster tls-cluster"))
        let insecure = try await runner.run(["ability", "1", "--insecure"])
        #expect(insecure.status == 0, "\(insecure.stderr)")
        let badCA = try await runner.run(["ability", "1", "--cacert", server.notACertificatePath])
        #expect(badCA.status == 2)
        #expect(badCA.stderr.contains("--cacert"))
    }
}
