import Foundation
import OCPAPI
import OCPSimulator
import TestSupport
import Testing

/// The console with its AccessKey secret from a profile's secret command, creating an OSS
/// strategy in the wizard: the typed storage secret is masked on screen and reaches OCP, and no
/// secret appears in the screens, the trace-level log, the audit log, the drafts, the state or
/// config directories, standard error, the console's argument list or environment, or the
/// secret command's argument list or environment.
@Suite(.serialized) struct ConsoleSecretTests {
    static let accessKeyId = "AKconsole01"
    static let orders: Int64 = 1_000_009

    static func random(_ prefix: String) -> String {
        prefix + (0..<3).map { _ in String(UInt32.random(in: .min ... .max), radix: 16) }.joined()
    }

    @Test func noSecretLeaksFromAConsoleSession() async throws {
        let accessKey = Self.random("akc-")
        let password = Self.random("pwc-")
        let profileVariable = Self.random("pvc-")
        let oss = Self.random("ossc-")
        let secrets = [accessKey, password, profileVariable, oss]
        let credentials = AuthCredentials(
            user: "admin", password: Secret(password), accessKeyId: Self.accessKeyId, accessKeySecret: Secret(accessKey))
        let server = try await SimulatorServer.start(SimulatorConfiguration(port: 0, credentials: credentials, seed: 9))
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-secrets-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: home) }
        do {
            try await Self.session(server: server, home: home, accessKey: accessKey, password: password, profileVariable: profileVariable, oss: oss)
        } catch {
            await server.shutdown()
            throw error
        }
        let held = await server.state.strategy(clusterId: Self.orders)?.obBackupServiceStorageConfig?.obBackupStorageBaseInfo
        #expect(held?.ossAccessKey?.accessKeySecret?.reveal() == oss, "the typed OSS secret reached OCP")
        await server.shutdown()

        for directory in ["state", "config", "dumps"] {
            let root = home.appendingPathComponent(directory)
            let files = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? []
            for file in files {
                let text = String(decoding: FileManager.default.contents(atPath: file.path) ?? Data(), as: UTF8.self)
                let environ = file.lastPathComponent.hasPrefix("environ-")
                for secret in secrets where text.contains(secret) {
                    Issue.record("\(directory)/\(file.lastPathComponent) holds a secret\(environ ? " (a child's environment)" : "")")
                }
            }
        }
        let log = try String(contentsOf: home.appendingPathComponent("state/ocpbackup/ocpbackup.log"), encoding: .utf8)
        #expect(log.contains("POST /api/v2/"), "the log was written: \(log)")
        let audit = try String(contentsOf: home.appendingPathComponent("state/ocpbackup/audit.jsonl"), encoding: .utf8)
        #expect(audit.contains(#""accessKeySecret":"******""#), "audit: \(audit)")
    }

    static func session(server: SimulatorServer, home: URL, accessKey: String, password: String, profileVariable: String, oss: String) async throws {
        let dumps = home.appendingPathComponent("dumps")
        let config = home.appendingPathComponent("config/ocpbackup")
        try FileManager.default.createDirectory(at: dumps, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let command = home.appendingPathComponent("ak-command.sh").path
        try """
        #!/bin/sh
        cat /proc/$$/environ > \(dumps.path)/environ-$$
        cat /proc/$$/cmdline > \(dumps.path)/cmdline-$$
        printf '%s\\n' '\(accessKey)'
        """.write(toFile: command, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: command)
        let configFile = config.appendingPathComponent("config.yaml").path
        try SweepProfile.configYAML(url: "\(server.baseURL)", accessKeyId: Self.accessKeyId, secretCommand: command).write(
            toFile: configFile, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o600], ofItemAtPath: configFile)
        let environment = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "TERM": "xterm-256color", "OCP_PROFILE": "sweep", "OCP_PASSWORD": password, "SWEEP_PROFILE_PASSWORD": profileVariable,
        ]
        let run = try ConsoleRun(["--log-level", "trace"], environment: environment)
        let tmux = run.tmux
        var screens: [String] = []
        try #require(await tmux.waitFor("订单中心"), "no cluster list: \(tmux.capture())")
        let pid = try #require(run.consolePid)
        let commandLine = String(decoding: FileManager.default.contents(atPath: "/proc/\(pid)/cmdline") ?? Data(), as: UTF8.self)
        let consoleEnvironment = String(decoding: FileManager.default.contents(atPath: "/proc/\(pid)/environ") ?? Data(), as: UTF8.self)
        #expect(commandLine.contains("ocpbackup") && commandLine.contains("trace"), "\(commandLine)")
        for secret in [accessKey, oss] {
            #expect(!commandLine.contains(secret) && !consoleEnvironment.contains(secret), "the console's argv or environment holds a secret")
        }
        let childEnvironments = try FileManager.default.contentsOfDirectory(atPath: dumps.path).filter { $0.hasPrefix("environ-") }
        #expect(childEnvironments.count == 1, "the secret command ran once")

        try await WizardDriver(tmux: tmux).openCluster(filter: "订单", name: "订单中心", action: "Actions: n new")
        try tmux.send("n")
        try #require(await tmux.waitFor("New strategy ·"), "no wizard: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Mon ·  Tue ·"), "no schedule step: \(tmux.capture())")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Configuration name"), "no storage step: \(tmux.capture())")
        try tmux.send("Space", "Tab")
        try tmux.type("oss_console")
        try tmux.send("Tab")
        try tmux.type("bucket/console")
        try tmux.send("Tab")
        try tmux.type("oss-cn-hangzhou.aliyuncs.com")
        try tmux.send("Tab")
        try tmux.type("LTAIconsole")
        try tmux.send("Tab")
        try tmux.type(oss)
        try #require(await tmux.waitFor("••••"), "the secret is not shown masked: \(tmux.capture())")
        screens.append(tmux.capture())
        screens.append(tmux.captureWithAttributes())
        try tmux.send("Enter")
        screens.append(tmux.capture())
        for _ in 0..<3 {
            try tmux.send("Enter")
            screens.append(tmux.capture())
        }
        try #require(await tmux.waitFor("Request body"), "no review: \(tmux.capture())")
        screens.append(tmux.capture())
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Send this request to OCP now?"), "no confirmation: \(tmux.capture())")
        try tmux.send("y")
        try #require(await tmux.waitFor("OCP accepted CREATE_BACKUP_STRATEGY"), "no success: \(tmux.capture())")
        screens.append(tmux.capture())
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Clusters"), "the wizard did not close: \(tmux.capture())")
        try tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        run.expectRestored()
        screens.append(run.standardError)
        for screen in screens {
            for secret in [accessKey, password, profileVariable, oss] {
                #expect(!screen.contains(secret), "a secret on screen or standard error:\n\(screen)")
            }
        }
    }
}
