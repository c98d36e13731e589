import Foundation
import TestSupport
import Testing

/// The console verifies the server's TLS certificate like the commands do: refused by default
/// (the reason on screen), accepted with `--cacert`, skipped only with `--insecure`.
@Suite(.serialized) struct ConsoleTLSTests {
    static let clusters =
        #"{"data":{"contents":[{"id":1,"name":"tls-cluster","obVersion":"4.2.1.0","status":"RUNNING","type":"PRIMARY"}],"page":{"number":1,"size":100,"totalElements":1,"totalPages":1}},"successful":true,"status":200,"traceId":"0123456789abcdef"}"#

    @Test func theConsoleVerifiesCertificatesUnlessToldNotTo() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let server = try await TLSTestServer(directory: home, fallback: Self.clusters)
        let cert = server.certificatePath
        let address = server.url
        let environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "TERM": "xterm-256color", "OCP_URL": address, "OCP_USER": "admin", "OCP_PASSWORD": "x",
        ]
        for (flags, expected) in [([], "TLS certificate"), (["--cacert", cert], "tls-cluster"), (["--insecure"], "tls-cluster")] {
            let run = try ConsoleRun(flags + ["--timeout", "10"], environment: environment, columns: 100, rows: 30)
            #expect(await run.tmux.waitFor(expected), "\(flags): \(run.tmux.capture())")
            if expected == "TLS certificate" { #expect(!run.tmux.capture().contains("tls-cluster")) }
            try run.tmux.send("q")
            #expect(await run.exitStatus() == 0, "\(run.standardError)")
        }
        withExtendedLifetime(server) {}
    }
}
