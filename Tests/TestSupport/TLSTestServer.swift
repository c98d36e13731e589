import Foundation

/// An HTTPS server (Python's `http.server` behind a certificate made by `openssl` for
/// 127.0.0.1) that answers GETs with fixed JSON bodies, to test certificate verification. It is
/// killed when this goes.
public final class TLSTestServer {
    /// The server's address, `https://127.0.0.1:PORT`.
    public let url: String
    /// The self-signed certificate (PEM), to pass to `--cacert`.
    public let certificatePath: String
    /// A file that exists but is no certificate, for `--cacert` refusals.
    public let notACertificatePath: String
    private let pid: pid_t

    /// Starts a server in `directory` answering a GET whose path ends with a key of `routes`
    /// with that body, and any other GET with `fallback`.
    public init(directory: URL, routes: [String: String] = [:], fallback: String) async throws {
        certificatePath = directory.appendingPathComponent("cert.pem").path
        let key = directory.appendingPathComponent("key.pem").path
        let openssl = try ChildProcess.start([
            "/usr/bin/openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", key, "-out", certificatePath, "-days", "2",
            "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
        ])
        guard await ChildProcess.waitForExit(openssl) == 0 else { throw Failure("openssl could not make a certificate") }
        let script = directory.appendingPathComponent("https_server.py").path
        try Self.script.write(toFile: script, atomically: true, encoding: .utf8)
        notACertificatePath = script
        let answers = directory.appendingPathComponent("answers.json").path
        try JSONSerialization.data(withJSONObject: ["routes": routes, "fallback": fallback]).write(to: URL(fileURLWithPath: answers))
        let output = directory.appendingPathComponent("https_server.out").path
        pid = try ChildProcess.start(["/usr/bin/python3", script, certificatePath, key, answers], outputPath: output)
        let deadline = ContinuousClock.now + .seconds(30)
        var found: String?
        while found == nil, ContinuousClock.now < deadline, ChildProcess.exitStatusIfEnded(pid) == nil {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"https://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                found = String(text[range])
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        guard let found else {
            kill(pid, SIGKILL)
            throw Failure("the HTTPS server did not start: \((try? String(contentsOfFile: output, encoding: .utf8)) ?? "")")
        }
        url = found
    }

    deinit {
        // SIGKILL: the server inherits the test runner's blocked SIGTERM.
        kill(pid, SIGKILL)
        _ = ChildProcess.exitStatusIfEnded(pid)
    }

    /// Why the server could not start.
    public struct Failure: Error, CustomStringConvertible {
        /// What went wrong.
        public let description: String
        init(_ description: String) { self.description = description }
    }

    private static let script = """
        import http.server, json, ssl, sys
        answers = json.load(open(sys.argv[3]))
        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self):
                path = self.path.split("?")[0]
                body = next((b for p, b in answers["routes"].items() if path.endswith(p)), answers["fallback"]).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            def log_message(self, *args):
                pass
        httpd = http.server.HTTPServer(("127.0.0.1", 0), Handler)
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(sys.argv[1], sys.argv[2])
        httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
        print("listening on https://127.0.0.1:%d" % httpd.server_address[1], flush=True)
        httpd.serve_forever()
        """
}
