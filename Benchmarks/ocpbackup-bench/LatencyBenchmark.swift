import ConsoleCore
import ConsoleUI

/// Keystroke → frame through the console's frame step (the key map, the reducer, one render
/// with its layout feedback) and the diff into the ncurses screen (`doupdate` into a file),
/// timed with the monotonic clock.
struct LatencyBenchmark {
    /// The terminal size.
    let size: Size
    /// Measured keystrokes per operation (filter operations take a quarter at 100,000).
    let iterations: Int

    /// Every operation at one fleet size.
    func run(clusters: Int) throws -> [LatencyResult] {
        let session = Fleet.session(
            clusters: clusters, size: size, options: RenderOptions(address: "https://ocp.example.com:8080", principal: "admin"))
        let counter = try ScreenCounter(size: size)
        counter.screen.present(session.frame())
        let clock = ContinuousClock()
        let filterRounds = clusters >= 100_000 ? max(50, iterations / 4) : iterations

        func keystroke(_ key: Key) -> Duration {
            let start = clock.now
            session.press(key)
            counter.screen.present(session.frame())
            return clock.now - start
        }
        func unmeasured(_ keys: [Key]) {
            for key in keys { session.press(key) }
            counter.screen.present(session.frame())
        }
        func result(_ name: String, _ samples: Samples, work: Int? = nil) -> LatencyResult {
            LatencyResult(
                operation: name, clusters: clusters, size: "\(size.columns)x\(size.rows)", iterations: samples.count,
                p50Milliseconds: samples.percentile(0.5), p99Milliseconds: samples.percentile(0.99), rowsExamined: work)
        }

        var move = Samples()
        for round in 0..<(iterations + 20) {
            if session.state.list.cursor >= session.state.list.visibleCount - 1 { unmeasured([.home]) }
            let sample = keystroke(.down)
            if round >= 20 { move.add(sample) }
        }
        var page = Samples()
        for round in 0..<(iterations + 20) {
            if session.state.list.cursor + session.state.list.viewportRows >= session.state.list.visibleCount { unmeasured([.home]) }
            let sample = keystroke(.pageDown)
            if round >= 20 { page.add(sample) }
        }
        var end = Samples()
        for round in 0..<(iterations + 20) {
            unmeasured([.home])
            let sample = keystroke(.end)
            if round >= 20 { end.add(sample) }
        }
        unmeasured([.home, .character("/")])
        var first = Samples()
        var firstWork = 0
        for round in 0..<(filterRounds + 5) {
            let sample = keystroke(.character("e"))
            firstWork = session.state.list.lastFilterWork
            unmeasured([.control("u")])
            if round >= 5 { first.add(sample) }
        }
        var next = Samples()
        var nextWork = 0
        for round in 0..<(filterRounds + 5) {
            unmeasured([.character("e")])
            let sample = keystroke(.character("1"))
            nextWork = session.state.list.lastFilterWork
            unmeasured([.control("u")])
            if round >= 5 { next.add(sample) }
        }
        return [
            result("move (↓)", move), result("page (PgDn)", page), result("jump to end (End)", end),
            result("filter: first character", first, work: firstWork), result("filter: next character", next, work: nextWork),
        ]
    }
}
