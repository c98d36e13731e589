import Foundation
import Glibc

/// The real `ocpbackup` console process on a pseudo-terminal against `ocpbackup sim`: time to
/// the first frame, to the first rows and to the whole list, peak memory, and wake-ups while idle.
struct ConsoleProcessBenchmark {
    /// The `ocpbackup` executable.
    let binary: String
    /// How long the idle window lasts.
    let idleWindow: Duration

    /// One run with `clusters` served, on a terminal of `rows` × `columns`.
    func run(clusters: Int, rows: Int = 50, columns: Int = 200) throws -> StartupResult {
        try withConsole(clusters: clusters, rows: rows, columns: columns) { console in
            try measureStartup(console, clusters: clusters, size: "\(columns)x\(rows)")
        }
    }

    /// `ocpbackup tui` on a terminal of `rows` × `columns` against `ocpbackup sim` serving
    /// `clusters`, with a scratch home; everything is stopped and removed after `body`.
    private func withConsole<Value>(clusters: Int, rows: Int, columns: Int, _ body: (TerminalChild) throws -> Value) throws -> Value {
        let simulator = try SimulatorChild(binary: binary, totalClusters: clusters)
        defer { simulator.stop() }
        let home = try ConsoleEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let console = try TerminalChild(
            [binary, "tui"], environment: ConsoleEnvironment.forSimulator(simulator.url, home: home), rows: rows, columns: columns)
        defer { console.stop(signal: SIGTERM) }
        return try body(console)
    }

    /// Times to the first frame, rows and whole list, memory, and idle wake-ups of a started console.
    private func measureStartup(_ console: TerminalChild, clusters: Int, size: String) throws -> StartupResult {
        let start = console.spawnedAt
        let frame = console.waitFor("quit", limit: .seconds(30))
        let firstRows = console.waitFor("gen-0", limit: .seconds(60))
        let loaded = console.waitFor("\(clusters) ", limit: .seconds(180))
        console.waitForQuiet(.milliseconds(500))
        let peak = ProcessProbe.peakResidentKilobytes(console.pid)
        let resident = ProcessProbe.residentKilobytes(console.pid)
        let before = ProcessProbe.threadSwitches(console.pid)
        let clock = ContinuousClock()
        let windowStart = clock.now
        Thread.sleep(forTimeInterval: Double(idleWindow.components.seconds))
        let after = ProcessProbe.threadSwitches(console.pid)
        let seconds = Self.milliseconds(clock.now - windowStart) / 1000
        let threads = after.keys.sorted().map { tid in
            let (name, switches) = after[tid]!
            let earlier = before[tid]?.switches ?? 0
            return ThreadWakeUps(name: name, isMain: tid == Int(console.pid), perSecond: Double(switches - earlier) / seconds)
        }
        func since(_ instant: ContinuousClock.Instant?) -> Double? { instant.map { Self.milliseconds($0 - start) } }
        return StartupResult(
            clusters: clusters, size: size, firstByteMilliseconds: since(console.firstByteAt),
            firstFrameMilliseconds: since(frame), firstRowsMilliseconds: since(firstRows), fullyLoadedMilliseconds: since(loaded),
            peakResidentMegabytes: peak.map { Double($0) / 1024 }, residentMegabytes: resident.map { Double($0) / 1024 },
            idleThreads: threads, idleSeconds: seconds)
    }

    /// Bytes per ↓ of the console showing `items` clusters, on a terminal of `rows` × `columns`.
    func moveBytes(items: Int, rows: Int, columns: Int, moves: Int) throws -> MoveBytesResult {
        try withConsole(clusters: items, rows: rows, columns: columns) { console in
            guard console.waitFor("\(items) ", limit: .seconds(60)) != nil else { throw BenchError("the console did not load the list") }
            let bytes = (0..<moves).map { _ in console.bytes(forKey: Keys.down) }
            return MoveBytesResult(program: "ocpbackup", size: "\(columns)x\(rows)", items: items, bytesPerMove: bytes)
        }
    }

    /// Milliseconds in `duration`.
    static func milliseconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }
}
