import Foundation
import OCPAPI
import Testing

/// `ocpbackup sim` as a process: listens, serves, stops on SIGTERM, keeps state across restarts.
struct SimCommandTests {
    @Test func servesTheDemoFleetAndKeepsStrategiesAcrossARestart() async throws {
        var runner = try CommandRunner()
        let state = runner.home.appendingPathComponent("sim-state.json").path
        let first = try BackgroundCommand(runner, ["sim", "--port", "0", "--state", state])
        let url = try await first.waitFor(#"http://127\.0\.0\.1:[0-9]+"#)
        #expect(first.text.contains("user admin, password ocp-demo (demo)"))
        runner.environment = ["OCP_URL": url, "OCP_USER": "admin", "OCP_PASSWORD": "ocp-demo"]
        let clusters = try await runner.run(["clusters"])
        #expect(clusters.stdout.split(separator: "\n").count == 13)
        let file = try runner.write("create.yaml", OfflineCommandTests.validBody)
        #expect(try await runner.run(["strategy", "create", "payments-43", "--file", file]).status == 0)
        #expect(await first.terminate() == 0)
        let mode = try FileManager.default.attributesOfItem(atPath: state)[.posixPermissions] as? Int
        #expect(mode == 0o600)

        let second = try BackgroundCommand(runner, ["sim", "--port", "0", "--state", state])
        runner.environment["OCP_URL"] = try await second.waitFor(#"http://127\.0\.0\.1:[0-9]+"#)
        let shown = try await runner.run(["strategy", "show", "payments-43"])
        #expect(shown.status == 0, "\(shown.stderr)")
        #expect(shown.stdout.contains("Weekly: Tue Full, Thu Incremental at 02:00 UTC+08:00"))
        #expect(await second.terminate() == 0)
    }

    @Test func credentialsComeFromOwnerOnlyFilesAndAreNotPrinted() async throws {
        let runner = try CommandRunner()
        let loose = try runner.write("loose", "pw-from-file\n", mode: 0o644)
        let refused = try await runner.run(["sim", "--port", "0", "--user", "ops", "--password-file", loose])
        #expect(refused.status != 0)
        #expect(refused.stderr.contains("chmod 600"))
        let tight = try runner.write("tight", "pw-from-file\n")
        let sim = try BackgroundCommand(runner, ["sim", "--port", "0", "--user", "ops", "--password-file", tight])
        _ = try await sim.waitFor(#"http://127\.0\.0\.1:[0-9]+"#)
        #expect(!sim.text.contains("pw-from-file"))
        #expect(await sim.terminate() == 0)
    }

    @Test func theClockStartsWhereToldAndRunsAtItsSpeed() async throws {
        let runner = try CommandRunner()
        let sim = try BackgroundCommand(runner, ["sim", "--port", "0", "--speed", "3600", "--start", "2024-06-01T12:00:00+08:00"])
        let url = try await sim.waitFor(#"http://127\.0\.0\.1:[0-9]+"#)
        #expect(sim.text.contains("clock:      3600 simulated seconds per second"))
        let transport = try AsyncHTTPTransport()
        let client = OCPClient(
            configuration: OCPClientConfiguration(
                baseURL: try OCPBaseURL(parsing: url), credentials: .basic(user: "admin", password: Secret("ocp-demo"))),
            transport: transport)
        let answer: OCPResponse<BackupOverview>
        do {
            answer = try await client.backupOverview(clusterId: 1_000_001)
            await transport.shutdown()
        } catch {
            await transport.shutdown()
            throw error
        }
        let first = try #require(answer.serverTime?.date)
        #expect(first >= Date(timeIntervalSince1970: 1_717_214_400), "not before the start")
        #expect(first < Date(timeIntervalSince1970: 1_717_214_400 + 30 * 86_400), "an hour a second, not the wall clock")
        #expect(await sim.terminate() == 0)
        for (arguments, message) in [
            (["--speed", "0"], "--speed must be above 0"), (["--start", "tomorrow"], "--start 'tomorrow' is not a time"),
        ] {
            let refused = try await runner.run(["sim", "--port", "0"] + arguments)
            #expect(refused.status == 2 && refused.stderr.contains(message), "\(refused.stderr)")
        }
    }
}
