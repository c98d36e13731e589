import Foundation
import OCPAPI
import OCPSimulator
import TestSupport
import Testing

/// A full command-line session with OSS and COS storage keys and AK/SK authentication whose
/// secret comes from the environment, from an owner-only file and from a secret command: no
/// secret reaches standard output or error (failures included), the trace-level log, the audit
/// log, any file under the state or config directories, the secret command's argument list or
/// environment, or the argument list of the running command.
@Suite struct SecretSweepTests {
    static let user = "sweeper"
    static let accessKeyId = "AKsweep01"

    @Test func noSecretLeaksFromACommandLineSession() async throws {
        let secrets = SweepSecrets()
        let credentials = AuthCredentials(
            user: Self.user, password: Secret(secrets.password), accessKeyId: Self.accessKeyId, accessKeySecret: Secret(secrets.accessKey))
        try await LiveCommandHarness.with(SimulatorConfiguration(port: 0, credentials: credentials, seed: 4)) { server, base in
            let dumps = base.home.appendingPathComponent("dumps")
            try FileManager.default.createDirectory(at: dumps, withIntermediateDirectories: true)
            let oss = try base.write("inputs/oss.yaml", SweepSecrets.ossBody(secret: secrets.oss))
            let cos = try base.write("inputs/cos.yaml", SweepSecrets.cosBody(secret: secrets.cos))
            let secretFile = try base.write("inputs/ak-secret", secrets.accessKey + "\n")
            let command = try base.write("inputs/ak-command.sh", Self.secretCommand(printing: secrets.accessKey, dumps: dumps.path), mode: 0o700)
            _ = try base.write(
                "config/ocpbackup/config.yaml",
                SweepProfile.configYAML(url: "\(server.baseURL)", accessKeyId: Self.accessKeyId, secretCommand: command))
            var fromEnvironment = base
            fromEnvironment.environment["OCP_ACCESS_KEY_ID"] = Self.accessKeyId
            fromEnvironment.environment["OCP_ACCESS_KEY_SECRET"] = secrets.accessKey
            var fromFile = base
            fromFile.environment["OCP_ACCESS_KEY_ID"] = Self.accessKeyId
            var fromCommand = base
            fromCommand.environment = [
                "OCP_PROFILE": "sweep", "OCP_PASSWORD": secrets.password, "SWEEP_PROFILE_PASSWORD": secrets.profileVariable,
            ]
            var basic = base
            basic.environment["OCP_USER"] = Self.user
            basic.environment["OCP_PASSWORD"] = secrets.password

            var outputs: [String] = []
            let sessions: [(CommandRunner, [String], Int64)] = [
                (fromEnvironment, [], 1_000_009), (fromFile, ["--access-key-secret-file", secretFile], 1_000_010), (fromCommand, [], 1_000_012),
            ]
            for (runner, auth, cluster) in sessions {
                let id = String(cluster)
                let verbose = auth + ["--log-level", "trace"]
                let steps: [([String], Int32)] = [
                    (["clusters"], 0), (["ability", id], 0), (["strategy", "create", id, "--file", oss, "--dry-run"], 0),
                    (["strategy", "create", id, "--file", oss], 0), (["strategy", "show", id], 0), (["strategy", "show", id, "--output", "json"], 0),
                    (["strategy", "show", id, "--output", "yaml"], 0), (["strategy", "diff", id, "--file", cos], 0),
                    (["strategy", "modify", id, "--file", cos, "--dry-run"], 0), (["strategy", "modify", id, "--file", cos], 0),
                    (["strategy", "create", id, "--file", oss], 1), (["strategy", "modify", id, "--file", cos], 1),
                ]
                for (arguments, status) in steps {
                    let result = try await runner.run(arguments + verbose)
                    #expect(result.status == status, "\(arguments): \(result.stderr)")
                    outputs.append(result.stdout + result.stderr)
                }
                let held = await server.state.strategy(clusterId: cluster)?.obBackupServiceStorageConfig?.obBackupStorageBaseInfo
                #expect(held?.cosAccessKey?.accessKeySecret?.reveal() == secrets.cos, "the COS secret was sent")
            }
            let basicRun = try await basic.run(["clusters", "--log-level", "trace"])
            #expect(basicRun.status == 0, "\(basicRun.stderr)")
            outputs.append(basicRun.stdout + basicRun.stderr)
            let unreachable = try await fromCommand.run(["strategy", "create", "1000011", "--file", oss, "--url", "http://127.0.0.1:1"])
            #expect(unreachable.status == 3)
            outputs.append(unreachable.stdout + unreachable.stderr)

            for output in outputs {
                #expect(secrets.found(in: output, user: Self.user).isEmpty, "\(output)")
            }
            let state = base.home.appendingPathComponent("state")
            let log = try String(contentsOf: state.appendingPathComponent("ocpbackup/ocpbackup.log"), encoding: .utf8)
            #expect(log.contains("POST /api/v2/") && log.contains("PATCH /api/v2/"), "the log was written")
            #expect(FileManager.default.fileExists(atPath: state.appendingPathComponent("ocpbackup/audit.jsonl").path))
            #expect(secrets.found(under: state, user: Self.user).isEmpty)
            #expect(secrets.found(under: base.home.appendingPathComponent("config"), user: Self.user).isEmpty)

            let environments = try Self.dumps(in: dumps, prefix: "environ-")
            #expect(environments.count >= 8, "the secret command ran for every command of its session")
            for environment in environments {
                #expect(!environment.contains(secrets.password) && !environment.contains(secrets.profileVariable))
                #expect(!environment.contains(secrets.oss) && !environment.contains(secrets.cos))
            }
            let commandLines = try Self.dumps(in: dumps, prefix: "cmdline-")
            #expect(commandLines.contains { $0.contains("ocpbackup") }, "the running command's argument list was seen")
            for line in commandLines {
                #expect(secrets.found(in: line, user: Self.user).isEmpty, "\(line)")
            }
        }
    }

    /// A secret command that records its own environment and the argument lists of itself and
    /// its ancestors up to `ocpbackup`, then prints the secret.
    static func secretCommand(printing secret: String, dumps: String) -> String {
        """
        #!/bin/sh
        cat /proc/$$/environ > \(dumps)/environ-$$
        pid=$$
        for step in 1 2 3; do
          cat /proc/$pid/cmdline > \(dumps)/cmdline-$$-$step
          pid=$(awk '{print $4}' /proc/$pid/stat)
        done
        printf '%s\\n' '\(secret)'
        """
    }

    /// The files in `directory` whose names start with `prefix`, NUL separators made spaces.
    static func dumps(in directory: URL, prefix: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasPrefix(prefix) }.map { name in
            String(decoding: try Data(contentsOf: directory.appendingPathComponent(name)), as: UTF8.self)
                .replacingOccurrences(of: "\u{0}", with: " ")
        }
    }
}
