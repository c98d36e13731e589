import Foundation
import Testing

/// The console follows the terminal's size: below 80×24 a notice, and back to the full screen.
@Suite(.serialized) struct ConsoleResizeTests {
    @Test func shrinkingToThirtyByEightShowsTheNoticeAndGrowingBackRecovers() async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun([], environment: simulator.environment)
        #expect(await run.tmux.waitFor("payments-43"), "the console did not show the clusters: \(run.tmux.capture())")
        try run.tmux.resize(columns: 30, rows: 8)
        #expect(
            await run.tmux.waitForScreen { $0.lowercased().contains("too small") && !$0.contains("payments-43") },
            "no too-small notice at 30×8: \(run.tmux.capture())")
        try run.tmux.resize(columns: 100, rows: 30)
        #expect(
            await run.tmux.waitForScreen { $0.contains("payments-43") && !$0.lowercased().contains("too small") },
            "the screen did not recover at 100×30: \(run.tmux.capture())")
        try run.tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        run.expectRestored()
        await simulator.stop()
    }
}
