import Foundation
import Testing

/// The console's look follows the environment: no colour under `NO_COLOR`, ASCII frames when
/// the locale is not UTF-8.
@Suite(.serialized) struct ConsoleAppearanceTests {
    /// Whether the pane's SGR sequences set any foreground or background colour.
    static func usesColor(_ screen: String) -> Bool {
        guard let pattern = try? NSRegularExpression(pattern: "\u{1B}\\[([0-9;:]*)m") else { return false }
        let range = NSRange(screen.startIndex..., in: screen)
        return pattern.matches(in: screen, range: range).contains { match in
            guard let parameters = Range(match.range(at: 1), in: screen) else { return false }
            return screen[parameters].split(whereSeparator: { $0 == ";" || $0 == ":" }).contains { parameter in
                guard let value = Int(parameter) else { return false }
                return (30...38).contains(value) || (40...48).contains(value) || (90...97).contains(value) || (100...107).contains(value)
            }
        }
    }

    @Test(arguments: [(["NO_COLOR": "1"], false), ([:], true)])
    func noColorMeansMonochrome(extra: [String: String], colored: Bool) async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun([], environment: simulator.environment.merging(extra) { _, new in new })
        #expect(await run.tmux.waitFor("payments-43"), "no cluster list: \(run.tmux.capture())")
        let painted = run.tmux.captureWithAttributes()
        #expect(Self.usesColor(painted) == colored, "\(painted.prefix(300).debugDescription)")
        try run.tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        await simulator.stop()
    }

    @Test func aLocaleThatIsNotUTF8GetsASCIIFrames() async throws {
        let simulator = try await SimulatorProcess()
        let run = try ConsoleRun([], environment: simulator.environment.merging(["LANG": "C"]) { _, new in new })
        #expect(await run.tmux.waitFor("payments-43"), "no cluster list: \(run.tmux.capture())")
        let screen = run.tmux.capture()
        #expect(screen.contains("+-") && !screen.contains("┌") && !screen.contains("│"), "\(screen)")
        try run.tmux.send("q")
        #expect(await run.exitStatus() == 0, "stderr: \(run.standardError)")
        run.expectRestored()
        await simulator.stop()
    }
}
