import Foundation
import Testing

/// Each bound on local input (SECURITY.md, "Limits on local input"), against the built
/// executable: past it the run ends with exit 2 and a message naming the limit, within a bounded
/// peak memory; messages quote one cut line at most, and nothing of a line naming a secret.
struct InputBoundTests {
    typealias Hostile = HostileInputTests

    @Test func aConfigFilePastItsLimitIsRefused() async throws {
        let runner = try CommandRunner()
        let file = try runner.write("config/ocpbackup/config.yaml", "profiles: {}\n")
        #expect(truncate(file, 300_000) == 0)
        let result = try await runner.run(["profile", "list"])
        #expect(result.status == 2, "\(result.stderr)")
        #expect(result.stderr.contains("is larger than 256 KiB, the limit for the config file."), "\(result.stderr)")
        Hostile.expectBounded(result)
    }

    @Test func configAliasesAreKeptWithinTheirExpansionBound() async throws {
        let runner = try CommandRunner()
        _ = try runner.write(
            "config/ocpbackup/config.yaml",
            """
            defaults: &defaults {url: "http://127.0.0.1:9", user: admin}
            currentProfile: a
            profiles:
              a: *defaults
              b: {<<: *defaults, readonly: true}

            """)
        let kept = try await runner.run(["profile", "list"])
        #expect(kept.status == 0, "\(kept.stderr)")
        #expect(kept.stdout.contains("b     http://127.0.0.1:9  basic  admin      yes"), "\(kept.stdout)")

        var bomb = ["x1: &b [1,1,1,1,1,1,1,1,1,1]"]
        for (index, (previous, name)) in zip("bcde", "cdef").enumerated() {
            bomb.append("x\(index + 2): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]")
        }
        _ = try runner.write("config/ocpbackup/config.yaml", (bomb + ["profiles: {}"]).joined(separator: "\n"))
        let refused = try await runner.run(["profile", "list"])
        #expect(refused.status == 2, "\(refused.stderr)")
        #expect(refused.stderr.contains("has YAML aliases that expand to more than 10000 nodes, the limit, at *d (line 4"), "\(refused.stderr)")
        Hostile.expectBounded(refused)
    }

    @Test func jsonNestingAndYAMLMergeKeysAreRefusedInBodies() async throws {
        let runner = try CommandRunner()
        let deep = try runner.write("deep.json", String(repeating: #"{"a":"#, count: 70) + "1" + String(repeating: "}", count: 70))
        let nested = try await runner.run(["strategy", "create", "42", "--file", deep, "--dry-run"])
        #expect(nested.status == 2)
        #expect(nested.stderr.contains("deep.json nests deeper than 64 levels, the limit (line 1, column 321)."), "\(nested.stderr)")
        Hostile.expectBounded(nested)

        let merge = try runner.write("merge.yaml", "backupMode: PHYSICAL_BACKUP\nobBackupScheduleConfig:\n  <<: {backupScheduleMode: WEEK}\n")
        let merged = try await runner.run(["strategy", "create", "42", "--file", merge, "--dry-run"])
        #expect(merged.status == 2)
        #expect(merged.stderr.contains("merge.yaml uses the merge key << (line 3, column 3)"), "\(merged.stderr)")
    }

    @Test func secretFilesCAFilesAndTheSimulatorStateHaveLimits() async throws {
        var runner = try CommandRunner()
        let password = try runner.write("password", String(repeating: "p", count: 5000))
        runner.environment = ["OCP_URL": "http://127.0.0.1:9", "OCP_USER": "admin"]
        let secret = try await runner.run(["clusters", "--password-file", password])
        #expect(secret.status == 2)
        #expect(secret.stderr.contains("is larger than 4 KiB, the limit for a secret."), "\(secret.stderr)")
        #expect(!secret.stderr.contains("ppp"))

        let bundle = try runner.write("ca.pem", "-----BEGIN CERTIFICATE-----\n")
        #expect(truncate(bundle, 5 << 20) == 0)
        runner.environment["OCP_PASSWORD"] = "x"
        let ca = try await runner.run(["clusters", "--url", "https://127.0.0.1:9", "--cacert", bundle])
        #expect(ca.status == 2)
        #expect(ca.stderr.contains("ca.pem is larger than 4 MiB, the limit for a CA certificate file."), "\(ca.stderr)")
        Hostile.expectBounded(ca)

        let state = try runner.write("state.json", "{")
        #expect(truncate(state, (1 << 30) + 1) == 0)
        let sim = try await runner.run(["sim", "--port", "0", "--state", state])
        #expect(sim.status == 2)
        #expect(sim.stderr.contains("it is larger than 1 GiB, the limit for the simulator state file"), "\(sim.stderr)")
        Hostile.expectBounded(sim)
    }

    @Test func messagesQuoteACutLineAndNeverALineNamingASecret() async throws {
        let runner = try CommandRunner()
        let long = try runner.write("long.yaml", "backupMode: " + String(repeating: "x", count: 100_000) + ": y\n")
        let cut = try await runner.run(["strategy", "create", "42", "--file", long, "--dry-run"])
        #expect(cut.status == 2)
        #expect(cut.stderr.contains("long.yaml is not valid YAML: mapping values are not allowed in this context (line 1, column 100013)."))
        #expect(cut.stderr.contains("  line 1, column 100013: …xxxx"), "\(cut.stderr)")
        #expect(cut.stderr.utf8.count < 600, "the message is \(cut.stderr.utf8.count) bytes")

        let secret = try runner.write(
            "secret.yaml", "backupMode: PHYSICAL_BACKUP\nobBackupServiceStorageConfig:\n  accessKeySecret: s3cr3t-value: x\n")
        let masked = try await runner.run(["strategy", "create", "42", "--file", secret, "--dry-run"])
        #expect(masked.status == 2)
        #expect(masked.stderr.contains("(line 3, column 32)"), "\(masked.stderr)")
        #expect(masked.stderr.contains("not shown: the line names a secret"))
        #expect(!masked.stderr.contains("s3cr3t"))

        let json = try runner.write("bad.json", #"{"backupMode": "PHYSICAL_BACKUP",, }"#)
        let syntax = try await runner.run(["strategy", "create", "42", "--file", json, "--dry-run"])
        #expect(syntax.status == 2)
        #expect(syntax.stderr.contains("bad.json is not valid JSON (line 1, column 34)."), "\(syntax.stderr)")

        let fields = try runner.write("fields.yaml", (0..<50_000).map { "f\($0): 1" }.joined(separator: "\n"))
        let unknown = try await runner.run(["strategy", "create", "42", "--file", fields, "--dry-run"])
        #expect(unknown.status == 2)
        #expect(unknown.stderr.contains(" and 49990 more. Check their spelling and placement."), "\(unknown.stderr)")
        #expect(unknown.stderr.utf8.count < 600, "the message is \(unknown.stderr.utf8.count) bytes")
        Hostile.expectBounded(unknown)
    }
}
