import Foundation
import OCPAPI
import TestSupport
import Testing

/// The review's export writes a strategy file that `strategy create|modify --file` takes as it
/// is, with the body the console sends, no secret in it, mode 0600, never over another file.
@Suite(.serialized) struct ConsoleExportTests {
    static let orders: Int64 = 1_000_009

    @Test func theExportedFileIsTheBodyTheConsoleSends() async throws {
        let simulator = try await SimulatorProcess()
        let shell = try ShellSession(environment: simulator.environment)
        let tmux = shell.tmux
        try #require(await tmux.waitForScreen { ConsoleSuspendTests.endsAtThePrompt($0) }, "no shell prompt: \(tmux.capture())")
        try shell.run(try BuiltProduct.ocpbackup())
        try #require(await tmux.waitFor("订单中心"), "no console: \(tmux.capture())")
        try await WizardPath.toReview(tmux, filter: "订单", oss: true)

        // x: a fresh default name in the current directory; again: the next free name.
        try tmux.send("x")
        #expect(await tmux.waitFor("Wrote strategy-订单中心.yaml"), "no flash naming the file: \(tmux.capture())")
        try tmux.send("x")
        #expect(await tmux.waitFor("Wrote strategy-订单中心-2.yaml"), "the second export did not pick a new name: \(tmux.capture())")
        // :export PATH, and the same path again is refused, the file kept.
        try tmux.send(":")
        try tmux.type("export named.yaml")
        try tmux.send("Enter")
        #expect(await tmux.waitFor("Wrote named.yaml"), "no export to a named file: \(tmux.capture())")
        let named = shell.directory.appendingPathComponent("named.yaml")
        let written = try Data(contentsOf: named)
        try tmux.send(":")
        try tmux.type("export named.yaml")
        try tmux.send("Enter")
        #expect(await tmux.waitFor("named.yaml exists and was kept"), "an existing file was not refused: \(tmux.capture())")
        #expect(try Data(contentsOf: named) == written)

        let text = String(decoding: written, as: UTF8.self)
        #expect(!text.contains(WizardPath.secret), "the secret reached the file")
        #expect(text.contains("accessKeySecret: '******'") || text.contains("accessKeySecret: \"******\""), "\(text)")
        let mode = try FileManager.default.attributesOfItem(atPath: named.path)[.posixPermissions] as? Int
        #expect(mode == 0o600)
        let first = try Data(contentsOf: shell.directory.appendingPathComponent("strategy-订单中心.yaml"))
        #expect(first == written, "every export of the same review is the same file")

        // The command line takes the file unchanged; its body is the one the console sends.
        let dryRun = try await simulator.command(["strategy", "create", String(Self.orders), "--dry-run", "--file", named.path])
        #expect(dryRun.status == 0, "\(dryRun.output)")
        let lines = dryRun.output.split(separator: "\n")
        try #require(lines.count >= 2, "\(dryRun.output)")
        #expect(lines[0] == "POST /api/v2/ob/clusters/\(Self.orders)/backup/config/backupStrategy")
        let fileBody = try JSONValue.parse(Array(lines[1].utf8))

        try tmux.send("Enter")
        try #require(await tmux.waitFor("Send this request to OCP now?"), "no confirmation: \(tmux.capture())")
        try tmux.send("y")
        try #require(await tmux.waitFor("OCP accepted CREATE_BACKUP_STRATEGY"), "no success: \(tmux.capture())")
        let audit = try String(contentsOf: simulator.home.appendingPathComponent("state/ocpbackup/audit.jsonl"), encoding: .utf8)
        let entry = try JSONValue.parse(Array(try #require(audit.split(separator: "\n").last).utf8))
        guard case .object(let fields) = entry else { throw Mismatch(text: audit) }
        #expect(fields["request"] == fileBody, "the file's body is not the body the console sent:\n\(audit)\n\(dryRun.output)")

        // After the create, the file is what the simulator holds: the masked secret means the stored one.
        let diff = try await simulator.command(["strategy", "diff", String(Self.orders), "--file", named.path])
        #expect(diff.status == 0 && diff.output.contains("No differences"), "\(diff.output)")
        let modify = try await simulator.command(["strategy", "modify", String(Self.orders), "--file", named.path])
        #expect(modify.status == 1 && modify.output.contains("BAK21016"), "a modify with it changes nothing: \(modify.output)")

        try tmux.send("Enter", "q")
        #expect(await tmux.waitForScreen { ConsoleSuspendTests.endsAtThePrompt($0) }, "the console did not quit: \(tmux.capture())")
        await simulator.stop()
    }

    struct Mismatch: Error {
        let text: String
    }
}
