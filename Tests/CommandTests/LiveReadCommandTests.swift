import ConsoleUI
import Foundation
import OCPAPI
import OCPSimulator
import Testing

/// Read commands of the built binary against the simulator over loopback.
struct LiveReadCommandTests {
    @Test func clustersTableAlignsCJKNamesAndStripsControlCharacters() async throws {
        try await LiveCommandHarness.with { _, runner in
            let result = try await runner.run(["clusters"])
            #expect(result.status == 0, "\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 13)
            #expect(!result.stdout.unicodeScalars.contains { TextSanitizer.isUnsafe($0) && $0 != "\n" })
            let versionColumn = { (line: String) -> Int in
                guard let range = line.range(of: #"\s(\d\.\d[\d.]*|VERSION)\s"#, options: .regularExpression) else { return -1 }
                return DisplayWidth.width(of: String(line[..<range.lowerBound]))
            }
            let columns = Set(lines.map(versionColumn))
            #expect(columns.count == 1, "VERSION is not one column: \(lines)")
            #expect(lines.contains { $0.contains("交易核心集群") })
        }
    }

    @Test func clustersJSONIsOCPsDataAndYAMLTheSame() async throws {
        try await LiveCommandHarness.with(accessKey: true) { _, runner in
            let json = try await runner.run(["clusters", "--output", "json"])
            #expect(json.status == 0, "\(json.stderr)")
            let value = try JSONValue.parse(Array(json.stdout.utf8))
            guard case .array(let contents)? = value["contents"] else { throw CommandTestFailure("no contents") }
            #expect(contents.count == 12)
            #expect(value["page"]?["totalPages"] == .integer(1))
            let yaml = try await runner.run(["clusters", "-o", "yaml"])
            #expect(yaml.status == 0)
            #expect(yaml.stdout.contains("name: 交易核心集群"))
        }
    }

    @Test func clustersAcrossSeveralPagesAreJoined() async throws {
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, generatedClusters: 2500, seed: 1)) { _, runner in
            let json = try await runner.run(["clusters", "--output", "json"])
            #expect(json.status == 0, "\(json.stderr)")
            guard case .array(let contents)? = try JSONValue.parse(Array(json.stdout.utf8))["contents"] else {
                throw CommandTestFailure("no contents")
            }
            #expect(contents.count == 2512)
            let table = try await runner.run(["clusters", "--name", "GEN-00241", "--status", "running"])
            #expect(table.stdout.split(separator: "\n").count == 1 + 8)
        }
    }

    @Test func abilityInWordsByNameAndWhyAStandbyCannotHaveAStrategy() async throws {
        try await LiveCommandHarness.with { _, runner in
            let logical = try await runner.run(["ability", "legacy-logical"])
            #expect(logical.status == 0, "\(logical.stderr)")
            #expect(logical.stdout.contains("Logical backup only"))
            let standby = try await runner.run(["ability", "风控_备库"])
            #expect(standby.stdout.range(of: #"Strategy: +A standby cluster"#, options: .regularExpression) != nil, "\(standby.stdout)")
            let raw = try await runner.run(["ability", "1000001", "-o", "json"])
            #expect(try JSONValue.parse(Array(raw.stdout.utf8))["backupAbility"] == .string("PHYSICAL_BACKUP"))
        }
    }

    @Test func unknownClustersAndWrongCredentialsExitWithTheirCodes() async throws {
        try await LiveCommandHarness.with { _, runner in
            let missingName = try await runner.run(["ability", "no-such-cluster"])
            #expect(missingName.status == 2)
            #expect(missingName.stderr.contains("No cluster is named"))
            let missingId = try await runner.run(["ability", "42"])
            #expect(missingId.status == 1)
            #expect(missingId.stderr.contains("OBE11001 (HTTP 404)"))
            #expect(missingId.stderr.contains("[traceId "))
            var wrong = runner
            wrong.environment["OCP_PASSWORD"] = "pw-Zq81-not-it"
            let denied = try await wrong.run(["clusters"])
            #expect(denied.status == 3)
            #expect(denied.stderr.contains("IAM10000 (HTTP 401)"))
            #expect(!denied.stderr.contains("pw-Zq81-not-it"))
        }
    }

    @Test func flagsBeatTheEnvironmentWhichBeatsTheProfile() async throws {
        try await LiveCommandHarness.with { server, runner in
            let config = "currentProfile: p\nprofiles:\n  p:\n    url: http://127.0.0.1:9\n    user: nobody\n"
            _ = try runner.write("config/ocpbackup/config.yaml", config)
            #expect(try await runner.run(["clusters"]).status == 0)
            var profileOnly = runner
            profileOnly.environment["OCP_URL"] = nil
            #expect(try await profileOnly.run(["clusters", "--timeout", "5"]).status == 3)
            #expect(try await profileOnly.run(["clusters", "--url", server.baseURL]).status == 0)
        }
    }

    @Test func theLogHasRequestLinesWithTraceIdsAndNoSecret() async throws {
        try await LiveCommandHarness.with(accessKey: true) { server, runner in
            #expect(try await runner.run(["ability", "1000001", "--log-level", "debug"]).status == 0)
            let log = try String(contentsOfFile: runner.home.path + "/state/ocpbackup/ocpbackup.log", encoding: .utf8)
            #expect(log.contains("GET /api/v2/ob/clusters/1000001/backup/ability -> 200"))
            #expect(log.range(of: "traceId=[0-9a-f]{16}", options: .regularExpression) != nil)
            #expect(!log.contains(server.credentials.accessKeySecret.reveal()))
        }
    }
}

/// A test precondition that did not hold.
struct CommandTestFailure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
