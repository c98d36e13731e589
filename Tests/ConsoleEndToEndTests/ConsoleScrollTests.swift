import Foundation
import TestSupport
import Testing

/// At 80×24 the review and the detail pane do not fit: they scroll, and their frame says which
/// lines are in view.
@Suite(.serialized) struct ConsoleScrollTests {
    /// The `a–b of n` of the scroll indicator on the screen, if any.
    static func indicator(_ screen: String) -> (first: Int, last: Int, count: Int)? {
        guard let range = screen.range(of: #"lines [0-9]+–[0-9]+ of [0-9]+"#, options: .regularExpression) else { return nil }
        let numbers = screen[range].split { !$0.isNumber }.compactMap { Int($0) }
        return numbers.count == 3 ? (numbers[0], numbers[1], numbers[2]) : nil
    }

    /// The next-run lines (`F 2026-…` / `I 2026-…`) on the screen.
    static func runLines(_ screen: String) -> [Substring] {
        screen.split(separator: "\n").filter { $0.range(of: #"│ [FI] [0-9]{4}-[0-9]{2}-[0-9]{2} "#, options: .regularExpression) != nil }
    }

    @Test func theReviewScrollsDownToTheLastNextRunAt80x24() async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun([], environment: simulator.environment, columns: 80, rows: 24)
        let tmux = run.tmux
        try #require(await tmux.waitFor("订单中心"), "no cluster list: \(tmux.capture())")
        try await WizardPath.toReview(tmux, filter: "订单", oss: false)

        let top = try #require(Self.indicator(tmux.capture()), "no scroll indicator on the review: \(tmux.capture())")
        #expect(top.first == 1 && top.last < top.count, "\(top)")
        #expect(tmux.capture().contains("\"backupMode\" : "), "the body is pretty-printed line by line: \(tmux.capture())")
        try tmux.send("j")
        #expect(await tmux.waitForScreen { Self.indicator($0)?.first == 2 }, "j did not scroll one line: \(tmux.capture())")
        try tmux.send("PageDown")
        #expect(
            await tmux.waitForScreen { (Self.indicator($0)?.first ?? 0) > 2 + (top.last - top.first) / 2 },
            "PgDn did not scroll a screen: \(tmux.capture())")
        try tmux.send("G")
        #expect(
            await tmux.waitForScreen { Self.indicator($0)?.last == top.count && $0.contains("Longest gap between full backups") },
            "G did not reach the end: \(tmux.capture())")
        let end = tmux.capture()
        #expect(Self.runLines(end).count == 5, "the five next runs, the last one included: \(end)")
        #expect(!end.contains("Request body"), "the top scrolled away: \(end)")
        #expect(end.contains("PgUp back"), "the request line and the submit state stay on top: \(end)")

        try tmux.send("g")
        #expect(await tmux.waitForScreen { Self.indicator($0)?.first == 1 }, "g did not go back to the top: \(tmux.capture())")
        try tmux.send("PageUp")
        #expect(await tmux.waitFor("▶ Secondary backup"), "PgUp at the top goes back a step: \(tmux.capture())")
        try tmux.send("Escape")
        try #require(await tmux.waitFor("1 Overview"), "the wizard did not close: \(tmux.capture())")

        // The detail pane scrolls the same way: the Ability tab of archive-stopped at 80×24.
        // (Esc and the next key are sent apart: together they would read as Alt and the key.)
        try tmux.send("Escape")
        try #require(await tmux.waitFor("Enter open"), "the list did not take the focus: \(tmux.capture())")
        try tmux.send("/", "C-u")
        try tmux.type("archive")
        try tmux.send("Enter", "Enter", "3")
        try #require(await tmux.waitForScreen { $0.contains("Backup modes") && Self.indicator($0) != nil }, "no scrollable detail: \(tmux.capture())")
        try tmux.send("G")
        #expect(
            await tmux.waitForScreen { screen in Self.indicator(screen).map { $0.last == $0.count } ?? false },
            "the detail did not scroll to its end: \(tmux.capture())")
        try tmux.resize(columns: 160, rows: 48)
        #expect(await tmux.waitForScreen { Self.indicator($0) == nil && $0.contains("Backup modes") }, "at 160×48 all fits: \(tmux.capture())")
        try tmux.resize(columns: 80, rows: 24)
        #expect(await tmux.waitForScreen { Self.indicator($0) != nil }, "back at 80×24 the indicator returns: \(tmux.capture())")

        try tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        run.expectRestored()
        await simulator.stop()
    }
}
