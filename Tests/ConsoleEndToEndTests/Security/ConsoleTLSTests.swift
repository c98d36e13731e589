import Foundation
import TestSupport
import Testing

/// The console verifies the server's TLS certificate like the commands do: refused by default
/// (the reason on screen), accepted with `--cacert`, skipped only with `--insecure`.
@Suite(.serialized) struct ConsoleTLSTests {
    static let server = """
        import http.server, ssl, sys
        page = b'{"data":{"contents":[{"id":1,"name":"tls-cluster","obVersion":"4.2.1.0","status":"RUNNING","type":"PRIMARY"}],"page":{"number":1,"size":100,"totalElements":1,"totalPages":1}},"successful":true,"status":200,"traceId":"0123456789abcdef"}'
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(page)))
                self.end_headers()
                self.wfile.write(page)
            def log_message(self, *args):
                pass
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[1], sys.argv[2])
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        print("listening on https://127.0.0.1:%d" % httpd.server_address[1], flush=True)
        httpd.serve_forever()
        """

    @Test func theConsoleVerifiesCertificatesUnlessToldNotTo() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-tls-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: home) }
        let cert = home.appendingPathComponent("cert.pem").path
        let key = home.appendingPathComponent("key.pem").path
        let openssl = try ChildProcess.start(
            [
                "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj",
                "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
            ], outputPath: home.appendingPathComponent("openssl.out").path)
        #expect(await ChildProcess.waitForExit(openssl) == 0)
        let script = home.appendingPathComponent("server.py").path
        try Self.server.write(toFile: script, atomically: true, encoding: .utf8)
        let output = home.appendingPathComponent("server.out").path
        let pid = try ChildProcess.start(["/usr/bin/python3", script, cert, key], outputPath: output)
        defer {
            kill(pid, SIGKILL)
            _ = waitpid(pid, nil, WNOHANG)
        }
        var url: String?
        let deadline = ContinuousClock.now + .seconds(30)
        while url == nil, ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"https://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                url = String(text[range])
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        let address = try #require(url, "the HTTPS server did not start")
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
    }
}
