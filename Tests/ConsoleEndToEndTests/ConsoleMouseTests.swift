import Foundation
import Testing

/// `ocpbackup tui --mouse` in tmux against the simulator: xterm's SGR mouse reports (what a
/// terminal sends for the wheel and clicks) move the list cursor, pick and open a cluster, and
/// scroll the detail pane.
@Suite(.serialized) struct ConsoleMouseTests {
    /// xterm's SGR report of `button` at the 1-based `column` and `row`: pressed, or released.
    static func report(_ button: Int, column: Int, row: Int, pressed: Bool = true) -> String {
        "\u{1B}[<\(button);\(column);\(row)\(pressed ? "M" : "m")"
    }

    /// The line of the screen that holds the list's cursor marker.
    static func cursorLine(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.hasPrefix("│▶") }.map(String.init)
    }

    /// `ocpbackup tui --mouse` against a fresh simulator, showing its clusters; after `body`
    /// it is quit with `q` and must leave the terminal as it was.
    static func withMouseConsole(_ body: (ConsoleRun) async throws -> Void) async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun(["tui", "--mouse"], environment: simulator.environment, columns: 80, rows: 24)
        try #require(await run.tmux.waitFor("payments-43"), "no clusters: \(run.tmux.capture())")
        try await body(run)
        try run.tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        run.expectRestored()
        await simulator.stop()
    }

    @Test func theWheelAndClicksDriveTheListAndTheDetail() async throws {
        try await Self.withMouseConsole { run in
            try #require(Self.cursorLine(run.tmux.capture())?.contains("analytics-31") == true, "\(run.tmux.capture())")

            // Screen row 4 (1-based) is the first cluster; the wheel moves the cursor three rows.
            try run.tmux.type(Self.report(65, column: 10, row: 5))
            #expect(
                await run.tmux.waitForScreen { Self.cursorLine($0)?.contains("evil") == true },
                "the wheel did not move the cursor: \(run.tmux.capture())"
            )

            // A click picks the sixth cluster, a second click on it opens its detail.
            try run.tmux.type(Self.report(0, column: 10, row: 9) + Self.report(0, column: 10, row: 9, pressed: false))
            #expect(await run.tmux.waitForScreen { Self.cursorLine($0)?.contains("ops-mainten") == true }, "\(run.tmux.capture())")
            try run.tmux.type(Self.report(0, column: 10, row: 9) + Self.report(0, column: 10, row: 9, pressed: false))
            #expect(
                await run.tmux.waitForScreen { $0.contains("ops-maintenance ─") && $0.contains("Overview") },
                "the second click did not open the detail: \(run.tmux.capture())")

            // The Ability tab of archive-stopped is longer than the pane at 80×24.
            try run.tmux.send("Escape")
            #expect(await run.tmux.waitFor("Enter open"), "\(run.tmux.capture())")
            try run.tmux.send("g", "j", "Enter", "3")
            #expect(await run.tmux.waitFor("archive-stopped ─"), "\(run.tmux.capture())")

            // The wheel over the detail scrolls it: the frame's position label moves on.
            try #require(await run.tmux.waitFor("↓ lines 1–"), "the detail does not scroll at this size: \(run.tmux.capture())")
            try run.tmux.type(Self.report(65, column: 70, row: 10))
            #expect(await run.tmux.waitFor("lines 2–"), "the wheel did not scroll the detail: \(run.tmux.capture())")
        }
    }

    /// Presses whose releases were lost (ncurses folds them into its button state and hands out
    /// no event) are input like any other: they neither end the console nor stop its keys.
    @Test func pressesWithoutReleasesDoNotEndTheConsole() async throws {
        try await Self.withMouseConsole { run in
            for _ in 0..<5 { try run.tmux.type(Self.report(0, column: 10, row: 9)) }
            try run.tmux.send("G")
            #expect(
                await run.tmux.waitForScreen { Self.cursorLine($0)?.contains("风控_备库") == true },
                "the console stopped taking keys after the presses: \(run.tmux.capture())\nstderr: \(run.standardError)")
        }
    }
}
