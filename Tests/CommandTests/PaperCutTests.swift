import Foundation
import OCPAPI
import OCPSimulator
import TestSupport
import Testing

/// The paper cuts of issue 22, against the built executable and the simulator (with
/// authentication required on `/api/v2/time`, as on a server that protects every path), and
/// HTTPS test servers on loopback for the wrong-protocol cases.
struct PaperCutTests {
    /// A simulator that protects `/api/v2/time` too.
    static func protected(now: @escaping @Sendable () -> Date = { Date() }) -> SimulatorConfiguration {
        SimulatorConfiguration(port: 0, now: now, seed: 5, authenticatesTime: true)
    }

    @Test func doctorTakesARefusedTimeAsAnAnswerAndAsksAgainWithCredentials() async throws {
        for accessKey in [true, false] {
            try await LiveCommandHarness.with(Self.protected(), accessKey: accessKey) { _, runner in
                let result = try await runner.run(["doctor"])
                #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
                #expect(result.stdout.contains("[  ok] Reachable: OCP answered (HTTP 401: /api/v2/time needs credentials here"))
                #expect(result.stdout.range(of: #"\[  ok\] Clock: OCP is (ahead|behind) by [0-9.]+ s"#, options: .regularExpression) != nil)
                #expect(result.stdout.contains("[  ok] Authentication: accepted"))
            }
        }
    }

    @Test func doctorMeasuresTheSkewFromTheRefusalWhenTheSkewBreaksTheSignature() async throws {
        let ahead = Self.protected(now: { Date().addingTimeInterval(20 * 60) })
        try await LiveCommandHarness.with(ahead, accessKey: true) { _, runner in
            let result = try await runner.run(["doctor"])
            #expect(result.status == 3, "\(result.stdout)\(result.stderr)")
            #expect(result.stdout.contains("[  ok] Reachable: OCP answered (HTTP 401"))
            #expect(
                result.stdout.range(of: #"\[FAIL\] Clock: OCP is ahead by (19 min 5[0-9]|20 min [0-9]) s"#, options: .regularExpression) != nil,
                "\(result.stdout)")
            #expect(result.stdout.contains("[FAIL] Authentication: IAM10000"))
        }
    }

    @Test func anUnknownStatusFilterIsRefusedAndUnknownStatusesFromOCPAreShown() async throws {
        try await LiveCommandHarness.with { _, runner in
            let typo = try await runner.run(["clusters", "--status", "RUNNING,RUNNNING"])
            #expect(typo.status == 2, "\(typo.stdout)")
            #expect(typo.stderr.contains("Unknown cluster status 'RUNNNING' in --status; OCP's statuses are RUNNING, CREATING, DELETING"))
            #expect(typo.stdout.isEmpty)
            let known = try await runner.run(["clusters", "--status", "stopped, operating"])
            #expect(known.status == 0, "\(known.stderr)")
            #expect(known.stdout.split(separator: "\n").count == 1 + 2, "\(known.stdout)")
        }
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, fixtures: .hostile, seed: 2)) { _, runner in
            let json = try await runner.run(["clusters", "--output", "json"])
            guard case .array(let clusters)? = try JSONValue.parse(Array(json.stdout.utf8))["contents"] else {
                throw CommandTestFailure("no contents: \(json.stderr)")
            }
            let statuses = clusters.compactMap { $0["status"]?.stringValue }
            #expect(statuses.contains { !ClusterStatus(rawValue: $0).isDocumented }, "no undocumented status kept: \(statuses)")
        }
    }

    @Test func anHTTPSURLAtAPlainHTTPServerSaysSoInOneSentence() async throws {
        try await LiveCommandHarness.with { server, runner in
            let address = server.baseURL.replacingOccurrences(of: "http://", with: "")
            let result = try await runner.run(["clusters", "--url", "https://\(address)", "--timeout", "10"])
            #expect(result.status == 3, "\(result.stderr)")
            #expect(
                result.stderr.contains(
                    "error: The server at \(address) did not answer TLS; perhaps it serves plain http:// (--url http://\(address))."),
                "\(result.stderr)")
            Self.expectNoInternals(result.stderr)
        }
    }

    @Test func anHTTPURLAtATLSServerAndAnUntrustedCertificateSaySoWithoutInternals() async throws {
        var runner = try CommandRunner()
        let server = try await TLSTestServer(directory: runner.home, fallback: "{}")
        let address = server.url.replacingOccurrences(of: "https://", with: "")
        runner.environment = ["OCP_USER": "admin", "OCP_PASSWORD": "x"]
        let plain = try await runner.run(["clusters", "--url", "http://\(address)", "--timeout", "10"])
        #expect(plain.status == 3, "\(plain.stderr)")
        #expect(plain.stderr.contains("\(address)"), "\(plain.stderr)")
        #expect(plain.stderr.contains("if it serves TLS, use an https:// URL"), "\(plain.stderr)")
        Self.expectNoInternals(plain.stderr)
        let untrusted = try await runner.run(["clusters", "--url", server.url, "--timeout", "10"])
        #expect(untrusted.status == 3)
        #expect(untrusted.stderr.contains("OCP's TLS certificate was not accepted: the certificate of \(address) is not signed by a trusted CA."))
        Self.expectNoInternals(untrusted.stderr)
    }

    @Test func abilityAndStrategyShowUseTheConsolesWordsAndJSONKeepsOCPsEnums() async throws {
        try await LiveCommandHarness.with { _, runner in
            let ability = try await runner.run(["ability", "1000001"])
            #expect(ability.status == 0, "\(ability.stderr)")
            #expect(ability.stdout.range(of: #"Backup modes: +Physical backup only"#, options: .regularExpression) != nil, "\(ability.stdout)")
            #expect(ability.stdout.range(of: #"Mode in use: +Physical backup\n"#, options: .regularExpression) != nil)
            let strategy = try await runner.run(["strategy", "show", "1000001"])
            #expect(strategy.status == 0, "\(strategy.stderr)")
            #expect(strategy.stdout.range(of: #"Mode: +Physical backup\n"#, options: .regularExpression) != nil, "\(strategy.stdout)")
            #expect(strategy.stdout.range(of: #"Schedule: +Weekly: "#, options: .regularExpression) != nil)
            for table in [ability.stdout, strategy.stdout] {
                #expect(table.range(of: #"\b[A-Z]+_[A-Z_]+\b"#, options: .regularExpression) == nil, "an OCP enum in a table: \(table)")
            }
            let json = try await runner.run(["strategy", "show", "1000001", "--output", "json"])
            #expect(try JSONValue.parse(Array(json.stdout.utf8))["backupMode"] == .string("PHYSICAL_BACKUP"))
        }
    }

    @Test func noErrorOfTheCommandLineNamesABuildPathOrASwiftType() async throws {
        try await LiveCommandHarness.with { server, runner in
            let taken = server.baseURL.replacingOccurrences(of: "http://127.0.0.1:", with: "")
            let deep = try runner.write("deep.yaml", String(repeating: "[", count: 2_000))
            let bomb = try runner.write("bomb.yaml", HostileInputTests.aliasBomb)
            let runs: [[String]] = [
                ["clusters", "--url", "http://127.0.0.1:9", "--timeout", "5"],
                ["clusters", "--url", server.baseURL.replacingOccurrences(of: "http:", with: "https:"), "--timeout", "5"],
                ["clusters", "--url", "http://name.invalid:8080", "--timeout", "5"],
                ["clusters", "--status", "RUNNNING"],
                ["clusters", "--cacert", deep, "--url", "https://127.0.0.1:9"],
                ["ability", "no-such-cluster"], ["ability", "42"],
                ["strategy", "create", "42", "--file", deep, "--dry-run"],
                ["strategy", "create", "42", "--file", bomb, "--dry-run"],
                ["strategy", "create", "42", "--file", runner.home.path, "--dry-run"],
                ["sim", "--port", taken], ["sim", "--port", "0", "--fault-methods", "GTE", "--error-rate", "0.5"],
            ]
            for arguments in runs {
                let result = try await runner.run(arguments)
                #expect(result.status != 0, "\(arguments) succeeded")
                #expect(!result.stderr.isEmpty, "\(arguments) said nothing")
                Self.expectNoInternals(result.stderr, "\(arguments)")
            }
        }
    }

    /// Expects `text` to name no build path, source file, library type or raw errno.
    static func expectNoInternals(_ text: String, _ context: String = "", sourceLocation: SourceLocation = #_sourceLocation) {
        let internals =
            #"\.build/|/checkouts/|\.swift\b|\.cc:|\bNIO[A-Za-z]+|BoringSSL|IOError|HTTPClientError|DecodingError|YamlError|CocoaError|errno|[A-Z][a-z]+Error\.|Optional\("#
        let found = text.range(of: internals, options: .regularExpression).map { String(text[$0]) }
        #expect(found == nil, "\(context) shows \(found ?? ""): \(text)", sourceLocation: sourceLocation)
    }
}
