import Foundation
import Testing

/// Profiles, the config file and where secrets come from.
struct ProfileCommandTests {
    static let config = """
        currentProfile: staging
        profiles:
          prod:
            url: https://ocp.example.com
            accessKeyId: cqammmxBpfGjFlto
            accessKeySecretCommand: "printf 'from-command\\\\nsecond-line'"
            readonly: true
          staging:
            url: http://127.0.0.1:9
            user: admin
            passwordEnv: STAGING_OCP_PASSWORD
        """

    func runnerWithConfig(mode: Int = 0o600) throws -> CommandRunner {
        let runner = try CommandRunner()
        _ = try runner.write("config/ocpbackup/config.yaml", Self.config, mode: mode)
        return runner
    }

    @Test func configPathViewAndUse() async throws {
        let runner = try runnerWithConfig()
        let path = try await runner.run(["config", "path"])
        #expect(path.stdout == runner.home.path + "/config/ocpbackup/config.yaml\n")
        #expect(try await runner.run(["config", "view"]).stdout.contains("currentProfile: staging"))
        let use = try await runner.run(["config", "use", "prod"])
        #expect(use.status == 0)
        #expect(try await runner.run(["config", "view"]).stdout.contains("currentProfile: prod"))
        let attributes = try FileManager.default.attributesOfItem(atPath: runner.home.path + "/config/ocpbackup/config.yaml")
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
        let missing = try await runner.run(["config", "use", "nope"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("prod, staging"))
    }

    @Test func profileListMarksTheCurrentProfile() async throws {
        let result = try await runnerWithConfig().run(["profile", "list"])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("         prod"))
        #expect(lines[1].contains("access-key") && lines[1].hasSuffix("yes"))
        #expect(lines[2].hasPrefix("*        staging"))
    }

    @Test func aConfigReadableByOthersIsRefused() async throws {
        let runner = try runnerWithConfig(mode: 0o644)
        let result = try await runner.run(["profile", "list"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("chmod 600"))
    }

    @Test func aProfilePasswordVariableThatIsNotSetIsAUsageError() async throws {
        let result = try await runnerWithConfig().run(["clusters"])
        #expect(result.status == 2)
        #expect(result.stderr.contains("$STAGING_OCP_PASSWORD"))
    }

    @Test func aReadOnlyProfileCannotBeWeakenedByFlags() async throws {
        var runner = try runnerWithConfig()
        runner.environment = ["OCP_PROFILE": "prod"]
        let file = try runner.write("body.yaml", OfflineCommandTests.validBody)
        let result = try await runner.run(["strategy", "create", "1", "--file", file])
        #expect(result.status == 2)
        #expect(result.stderr.contains("Read-only"))
    }
}
