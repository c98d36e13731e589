import Foundation
import Testing

/// HTTPS: certificates are verified by default; `--cacert` trusts a CA; `--insecure` skips checks.
struct TLSCommandTests {
    static let server = """
        import http.server, ssl, sys
        body = b'{"data":{"backupAbility":"PHYSICAL_BACKUP","backupMode":"PHYSICAL_BACKUP"},"successful":true,"status":200,"traceId":"0123456789abcdef"}'
        cluster = b'{"data":{"id":1,"name":"tls-cluster","obVersion":"4.2.1.0","status":"RUNNING","type":"PRIMARY"},"successful":true,"status":200,"traceId":"0123456789abcdef"}'
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                payload = body if self.path.endswith("/ability") else cluster
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            def log_message(self, *args):
                pass
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[1], sys.argv[2])
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        print("listening on https://127.0.0.1:%d" % httpd.server_address[1], flush=True)
        httpd.serve_forever()
        """

    @Test func verificationIsOnByDefaultAndCacertOrInsecureChangeIt() async throws {
        var runner = try CommandRunner()
        let cert = runner.home.appendingPathComponent("cert.pem").path
        let key = runner.home.appendingPathComponent("key.pem").path
        let openssl = Process()
        openssl.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
        openssl.arguments = [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", cert, "-days", "2", "-subj", "/CN=127.0.0.1",
            "-addext", "subjectAltName=IP:127.0.0.1",
        ]
        openssl.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try openssl.run()
        openssl.waitUntilExit()
        #expect(openssl.terminationStatus == 0)
        let script = try runner.write("https_server.py", Self.server)
        let server = try BackgroundCommand(runner, [script, cert, key], executable: "/usr/bin/python3")
        let url = try await server.waitFor(#"https://127\.0\.0\.1:[0-9]+"#)
        runner.environment = ["OCP_URL": url, "OCP_USER": "admin", "OCP_PASSWORD": "x"]

        let refused = try await runner.run(["ability", "1", "--timeout", "10"])
        #expect(refused.status == 3, "\(refused.stdout)\(refused.stderr)")
        #expect(refused.stderr.contains("TLS certificate"))
        #expect(refused.stderr.contains("--cacert"))
        let trusted = try await runner.run(["ability", "1", "--cacert", cert])
        #expect(trusted.status == 0, "\(trusted.stderr)")
        #expect(trusted.stdout.contains("Cluster tls-cluster"))
        let insecure = try await runner.run(["ability", "1", "--insecure"])
        #expect(insecure.status == 0, "\(insecure.stderr)")
        let badCA = try await runner.run(["ability", "1", "--cacert", script])
        #expect(badCA.status == 2)
        #expect(badCA.stderr.contains("--cacert"))
        _ = await server.terminate(signal: SIGKILL)
    }
}
