import ConsoleCore
import Foundation
import OCPSimulator
import Testing

/// The console holds local input to the command line's limits: a saved draft past its limit is
/// reported in the wizard (which still opens, empty), and a config file past its limit stops
/// the console before the screen opens, each message naming the limit.
struct ConsoleInputBoundTests {
    @Test func anOversizedDraftIsReportedAndTheWizardStillOpens() async throws {
        let server = try await SimulatorServer.start(SimulatorConfiguration(port: 0, seed: 1))
        let home = try ConsoleHome()
        let draft = FileDraftStore(directory: home.draftsDirectory).url(for: DraftKey(profile: "default", clusterId: 1_000_009))
        try FileManager.default.createDirectory(
            at: home.draftsDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        #expect(FileManager.default.createFile(atPath: draft.path, contents: Data("{".utf8), attributes: [.posixPermissions: 0o600]))
        #expect(truncate(draft.path, 300_000) == 0)

        let run = try ConsoleRun(["tui"], environment: home.environment(url: server.baseURL), columns: 120, rows: 30)
        try await WizardDriver(tmux: run.tmux).openCluster(filter: "订单", name: "订单中心", action: "Actions: n new")
        try run.tmux.send("n")
        #expect(await run.tmux.waitFor("New strategy ·"), "no wizard: \(run.tmux.capture())")
        #expect(
            await run.tmux.waitForScreen { Self.words(of: $0).contains("is larger than 256 KiB, the limit for a saved draft.") },
            "no draft error: \(run.tmux.capture())")
        #expect(!run.tmux.capture().contains("A saved draft of this strategy exists"))
        try await run.closeTheWizardAndQuit()
        await server.shutdown()
    }

    @Test func anOversizedConfigFileStopsTheConsoleBeforeItsScreenOpens() async throws {
        let home = try ConsoleHome()
        let config = home.root.appendingPathComponent("config/ocpbackup/config.yaml")
        try FileManager.default.createDirectory(at: config.deletingLastPathComponent(), withIntermediateDirectories: true)
        #expect(FileManager.default.createFile(atPath: config.path, contents: Data("profiles: {}\n".utf8), attributes: [.posixPermissions: 0o600]))
        #expect(truncate(config.path, 300_000) == 0)

        let run = try ConsoleRun(["tui"], environment: home.environment(url: "http://127.0.0.1:9"))
        #expect(await run.exitStatus() == 2, "stderr: \(run.standardError)")
        #expect(run.standardError.contains("is larger than 256 KiB, the limit for the config file."), "stderr: \(run.standardError)")
        run.expectRestored()
    }

    /// The screen's text as words: box lines, borders and line breaks become single spaces, so
    /// a wrapped sentence reads as one.
    static func words(of screen: String) -> String {
        screen.split { $0.isWhitespace || "│┃║|".contains($0) }.joined(separator: " ")
    }
}
