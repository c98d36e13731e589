import Foundation
import TestSupport
import Testing

/// Ctrl-Z in the console gives the shell its terminal back with the job stopped; `fg` brings
/// the console back, repainted on the same selection; quitting leaves the terminal as it was.
@Suite(.serialized) struct ConsoleSuspendTests {
    /// The highlighted list row (`▶ name`), if any.
    static func selection(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains("│▶ ") }.map { line in
            String(line.split(separator: "▶", maxSplits: 1)[1].split(separator: "│")[0]).trimmingCharacters(in: .whitespaces)
        }
    }

    @Test func ctrlZStopsTheConsoleAndFgRepaintsIt() async throws {
        let simulator = try await SimulatorProcess()
        let shell = try ShellSession(environment: simulator.environment)
        let tmux = shell.tmux
        try #require(await tmux.waitForScreen { Self.endsAtThePrompt($0) }, "no shell prompt: \(tmux.capture())")
        let before = try #require(await shell.terminalSettings())

        try shell.run(try BuiltProduct.ocpbackup())
        try #require(await tmux.waitFor("订单中心"), "no console: \(tmux.capture())")
        let first = try #require(await Self.selection(in: tmux) { _ in true }, "no selection: \(tmux.capture())")
        try tmux.send("j")
        let selected = try #require(await Self.selection(in: tmux) { $0 != first }, "j did not move: \(tmux.capture())")

        try tmux.send("C-z")
        #expect(
            await tmux.waitForScreen { $0.contains("Stopped") && Self.endsAtThePrompt($0) },
            "the shell did not get the terminal back: \(tmux.capture())")
        #expect(tmux.format("#{alternate_on} #{cursor_flag}") == "0 1", "the console's screen is put away while stopped")
        try shell.run("jobs")
        #expect(await tmux.waitForScreen { $0.components(separatedBy: "Stopped").count > 2 }, "jobs does not list it: \(tmux.capture())")

        try shell.run("fg")
        #expect(
            await tmux.waitForScreen { Self.selection($0) == selected && $0.contains("Clusters ·") },
            "no repaint on the same selection after fg: \(tmux.capture())")
        #expect(tmux.format("#{alternate_on}") == "1")
        try tmux.send("j")
        #expect(await tmux.waitForScreen { Self.selection($0) != selected }, "keys do not reach the resumed console: \(tmux.capture())")

        try tmux.send("q")
        #expect(await tmux.waitForScreen { Self.endsAtThePrompt($0) && !$0.contains("Clusters ·") }, "no prompt after q: \(tmux.capture())")
        let after = try #require(await shell.terminalSettings())
        #expect(before == after, "stty -g before \(before) after \(after)")
        #expect(tmux.format("#{alternate_on} #{cursor_flag} #{mouse_any_flag}") == "0 1 0")
        await simulator.stop()
    }

    /// Waits for a selection that satisfies `condition` and returns it.
    static func selection(in tmux: TmuxServer, where condition: (String) -> Bool) async -> String? {
        var found: String?
        _ = await tmux.waitForScreen { screen in
            found = selection(screen).flatMap { condition($0) ? $0 : nil }
            return found != nil
        }
        return found
    }

    /// Whether the last line with text is the shell's prompt.
    static func endsAtThePrompt(_ screen: String) -> Bool {
        screen.split(separator: "\n").last { !$0.trimmingCharacters(in: .whitespaces).isEmpty }?.trimmingCharacters(in: .whitespaces)
            == ShellSession.prompt.trimmingCharacters(in: .whitespaces)
    }
}
