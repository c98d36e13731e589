import Foundation
import OCPSimulator
import Testing

/// `doctor`, shell completions and the version.
struct DoctorAndToolingTests {
    @Test func doctorReportsReachabilityAuthenticationAndVersion() async throws {
        try await LiveCommandHarness.with(accessKey: true) { _, runner in
            let result = try await runner.run(["doctor"])
            #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("[  ok] Reachable"))
            #expect(result.stdout.contains("[  ok] Authentication: accepted"))
            #expect(result.stdout.contains("[info] OCP version: 4.3.2"))
            #expect(result.stdout.contains("(access-key)"))
        }
    }

    @Test func doctorSeesAClockSkewBeyondFifteenMinutes() async throws {
        let ahead = SimulatorConfiguration(port: 0, now: { Date().addingTimeInterval(20 * 60) }, seed: 3)
        try await LiveCommandHarness.with(ahead, accessKey: true) { _, runner in
            let signed = try await runner.run(["doctor"])
            #expect(signed.status == 3)
            #expect(signed.stdout.range(of: #"\[FAIL\] Clock: OCP is ahead by (19 min 5[0-9]|20 min [0-9]) s"#, options: .regularExpression) != nil)
            #expect(signed.stdout.contains("[FAIL] Authentication: IAM10000"))
        }
        try await LiveCommandHarness.with(ahead) { _, runner in
            let basic = try await runner.run(["doctor"])
            #expect(basic.status == 0)
            #expect(basic.stdout.range(of: #"\[warn\] Clock: OCP is ahead by (19 min 5[0-9]|20 min [0-9]) s"#, options: .regularExpression) != nil)
            #expect(basic.stdout.contains("AK/SK requests would be refused"))
        }
    }

    @Test func doctorWithoutAServerSaysWhy() async throws {
        var runner = try CommandRunner()
        runner.environment = ["OCP_URL": "http://127.0.0.1:9", "OCP_USER": "admin", "OCP_PASSWORD": "x"]
        let result = try await runner.run(["doctor", "--timeout", "5"])
        #expect(result.status == 3)
        #expect(result.stdout.contains("[FAIL] Reachable"))
        #expect(result.stdout.contains("[  ok] Locale: C.UTF-8"))
    }

    @Test(arguments: ["bash", "zsh", "fish"])
    func completionScriptsCoverEveryCommand(shell: String) async throws {
        let result = try await CommandRunner().run(["--generate-completion-script", shell])
        #expect(result.status == 0)
        for command in ["clusters", "ability", "strategy", "audit", "doctor", "sim", "profile", "config"] {
            #expect(result.stdout.contains(command), "\(shell) lacks \(command)")
        }
    }
}
