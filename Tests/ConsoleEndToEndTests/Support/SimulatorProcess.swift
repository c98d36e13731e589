import Foundation
import OCPSimulator
import TestSupport
import Testing

/// `ocpbackup sim --port 0` as a separate process, and a private home for the console and the
/// command-line checks that talk to it.
final class SimulatorProcess {
    let home: URL
    let url: String
    private let pid: pid_t

    /// Starts the simulator (with `arguments` after `sim --port 0`) and waits until it prints
    /// its address; one that does not within 60 s is killed and the test fails with what it
    /// printed.
    init(arguments: [String] = [], sourceLocation: SourceLocation = #_sourceLocation) async throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-e2e-home-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let output = home.appendingPathComponent("sim.out").path
        pid = try ChildProcess.start([try BuiltProduct.ocpbackup(), "sim", "--port", "0"] + arguments, outputPath: output)
        var found: String?
        let deadline = ContinuousClock.now + .seconds(60)
        while found == nil, ContinuousClock.now < deadline {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            if let range = text.range(of: #"http://127\.0\.0\.1:[0-9]+"#, options: .regularExpression) {
                found = String(text[range])
            } else {
                try await Task.sleep(for: .milliseconds(50))
            }
        }
        guard let found else {
            kill(pid, SIGKILL)
            _ = await ChildProcess.waitForExit(pid)
            let printed = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(at: home)
            Issue.record("the simulator did not start within 60 s; it printed: \(printed.prefix(400))", sourceLocation: sourceLocation)
            throw SimulatorDidNotStart()
        }
        url = found
    }

    /// The simulator printed no address in time (the test already recorded why).
    struct SimulatorDidNotStart: Error {}

    /// What the simulator printed so far (its address, and when stopped, its counters).
    var output: String {
        (try? String(contentsOf: home.appendingPathComponent("sim.out"), encoding: .utf8)) ?? ""
    }

    /// Stops the simulator (SIGTERM) and waits for it.
    func stop() async {
        kill(pid, SIGTERM)
        _ = await ChildProcess.waitForExit(pid)
    }

    deinit {
        kill(pid, SIGKILL)
        try? FileManager.default.removeItem(at: home)
    }

    /// The environment of `ocpbackup` run against this simulator with the demo AccessKey.
    var environment: [String: String] {
        [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "TERM": "xterm-256color", "OCP_URL": url, "OCP_ACCESS_KEY_ID": DemoCredentials.accessKeyId,
            "OCP_ACCESS_KEY_SECRET": DemoCredentials.accessKeySecret,
        ]
    }

    /// Runs `ocpbackup arguments…` against the simulator to its end; returns its output.
    func command(_ arguments: [String]) async throws -> (status: Int32?, output: String) {
        let output = home.appendingPathComponent("command-\(UUID().uuidString).out").path
        let pid = try ChildProcess.start([try BuiltProduct.ocpbackup()] + arguments, environment: environment, outputPath: output)
        let status = await ChildProcess.waitForExit(pid)
        return (status, (try? String(contentsOfFile: output, encoding: .utf8)) ?? "")
    }
}
