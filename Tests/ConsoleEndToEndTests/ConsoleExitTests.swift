import Foundation
import TestSupport
import Testing

/// Every way out of the console leaves the terminal as it was: `q`, SIGTERM and SIGHUP.
@Suite(.serialized) struct ConsoleExitTests {
    @Test(arguments: [(TerminalExit.key("q"), 0), (.signal(SIGTERM), 128 + Int(SIGTERM)), (.signal(SIGHUP), 128 + Int(SIGHUP))])
    func everyExitRestoresTheTerminal(exit: TerminalExit, expectedStatus: Int) async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun([], environment: simulator.environment)
        #expect(await run.tmux.waitFor("payments-43"), "the console did not show the clusters: \(run.tmux.capture())")
        #expect(run.tmux.format("#{alternate_on}") == "1")
        switch exit {
        case .key(let key):
            try run.tmux.send(key)
        case .signal(let number):
            let pid = try #require(run.consolePid)
            kill(pid, number)
        }
        #expect(await run.exitStatus() == expectedStatus, "stderr: \(run.standardError)")
        run.expectRestored()
        await simulator.stop()
    }

    @Test func theDemoNeedsNothingElse() async throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-e2e-demo-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        let environment = [
            "HOME": home.path, "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin",
            "LANG": "C.UTF-8", "TERM": "xterm-256color",
        ]
        let run = try ConsoleRun(["demo", "--clusters", "20"], environment: environment)
        #expect(await run.tmux.waitFor("Clusters · 32"), "the demo did not show 12 + 20 clusters: \(run.tmux.capture())")
        try run.tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        run.expectRestored()
        #expect(FileManager.default.fileExists(atPath: home.appendingPathComponent("state/ocpbackup/ocpbackup.log").path))
    }

    @Test func withoutATerminalItExplainsAndExitsTwo() async throws {
        let simulator = try await SimulatorProcess()
        let outcome = try await simulator.command([])
        #expect(outcome.status == 2)
        #expect(outcome.output.contains("needs a terminal"), "\(outcome.output)")
        await simulator.stop()
    }

    @Test func anUnknownTerminalTypeIsExplainedWithExitTwo() async throws {
        let simulator = try await SimulatorProcess()
        let environment = simulator.environment.merging(["TERM": "no-such-terminal"]) { _, new in new }
        let run = try ConsoleRun([], environment: environment)
        #expect(await run.exitStatus() == 2)
        #expect(run.standardError.contains("no-such-terminal"), "stderr: \(run.standardError)")
        run.expectRestored()
        await simulator.stop()
    }
}
