import Foundation
import TestSupport
import Testing

/// Random keys and resizes from a fixed seed into the real console in tmux, against a simulator
/// that is slow (up to 1.5 s), fails (500), garbles, drops, throttles (429) and loses answers.
///
/// Keys go in batches of 25 about every 20 ms; after each batch the console must still run.
/// Whenever tmux would pass a resize on at once (it holds a pane's resizes for 250 ms after the
/// previous one, see ``ResizePacing``; so about every half second), a liveness probe runs: the window is resized below
/// 80×24 to a size not shown yet, and the time from the resize until the pane shows that size
/// in the console's "terminal too small" notice is the time the console did not answer (it
/// includes handling the keys that arrived first, and tmux's own share; it is sampled with
/// `capture-pane`, a few milliseconds per look). The window then goes back to the monkey's
/// current size, or half the time to a new random size from 30×8 to 250×70. At the end the console is quit with keys and the terminal must be as before.
///
/// `OCPBACKUP_MONKEY_KEYS=100000 OCPBACKUP_MONKEY_BUDGET_MS=100 swift test --filter MonkeyTests`
/// (or `scripts/monkey`) is the full run.
@Suite struct MonkeyTests {
    @Test func randomKeysAndResizesUnderFaultsNeverCrashOrFreezeTheConsole() async throws {
        let settings = MonkeySettings.fromEnvironment()
        // The simulator runs as its own process: its work must not compete with other tests'
        // in-process simulators for this process's threads.
        let simulator = try await SimulatorProcess(arguments: settings.simulatorArguments())
        var figures = MonkeyFigures()
        do {
            let run = try ConsoleRun(["tui"], environment: simulator.environment)
            #expect(await run.tmux.waitForScreen { $0.contains("Clusters") }, "no first frame: \(run.tmux.capture())")
            let pid = try #require(run.consolePid)
            try await drive(run, pid: pid, settings: settings, figures: &figures)
            if figures.crashes == 0 {
                try await quit(run)
                let screenAtQuit = run.tmux.capture()
                let status = await run.exitStatus()
                // A console that does not end after q and y shows the screen and every thread.
                let threads = status == nil ? await ThreadDump.of(pid) : ""
                #expect(status == 0, "stderr: \(run.standardError)\nscreen after q and y:\n\(screenAtQuit)\nthreads:\n\(threads)")
                run.expectRestored()
            }
        } catch {
            Issue.record(error)
        }
        await simulator.stop()
        let counters = simulator.output.components(separatedBy: "OCP simulator stopped: ").last?.trimmingCharacters(
            in: CharacterSet(charactersIn: ". \n"))
        let summary = figures.summary(seed: settings.seed, faults: counters ?? "(no counters)")
        print(summary)
        #expect(figures.crashes == 0)
        #expect(figures.keys == settings.keys)
        let faults = counters?.firstMatch(of: /faults ([0-9]+):/).flatMap { Int($0.1) } ?? 0
        #expect(faults > 0, "no fault was injected: \(summary)")
        if let budget = settings.budgetMilliseconds {
            #expect(figures.maxUnresponsive <= budget, "\(summary)")
        }
    }

    private func drive(_ run: ConsoleRun, pid: pid_t, settings: MonkeySettings, figures: inout MonkeyFigures) async throws {
        // Keys and resizes draw from separate sequences, so the keys are the same on every run
        // whatever the timing of the probes.
        var random = MonkeyKeys(seed: settings.seed)
        var sizes = MonkeyKeys(seed: settings.seed &+ 1)
        var size = (columns: 100, rows: 30)
        var resizes = ResizePacing()
        while figures.keys < settings.keys {
            let batch = (0..<min(settings.batch, settings.keys - figures.keys)).map { _ in random.nextKey() }
            let tmux = run.tmux
            try await OffThePool.run { try tmux.send(keys: batch) }
            figures.keys += batch.count
            figures.batches += 1
            let ended = FileManager.default.fileExists(atPath: run.directory.appendingPathComponent("status").path)
            guard !ended, kill(pid, 0) == 0 else {
                figures.crashes += 1
                Issue.record("the console died after \(figures.keys) keys (last batch \(batch)): \(run.standardError)")
                return
            }
            guard resizes.quiet else {
                // Typing pace: a batch of keys every 20 ms or so between probes.
                try await Task.sleep(for: .milliseconds(20))
                continue
            }
            guard let answered = try await probe(run, number: figures.probes, avoiding: size, interval: settings.probeInterval) else {
                Issue.record("the console stopped answering after \(figures.keys) keys (last batch \(batch)): \(run.tmux.capture())")
                return
            }
            resizes.requested()
            figures.answerTimes.append(answered)
            figures.probes += 1
            // Back to the monkey's size, or (half the time) to a new random one.
            if sizes.number(below: 2) == 0 {
                size = (sizes.number(in: 30...250), sizes.number(in: 8...70))
                figures.resizes += 1
            }
            let restore = size
            try await OffThePool.run { try tmux.resize(columns: restore.columns, rows: restore.rows) }
            resizes.requested()
        }
    }

    /// Resizes to a small size other than `current` and returns the milliseconds until the
    /// console shows it, or `nil` when it does not within 10 s.
    private func probe(
        _ run: ConsoleRun, number: Int, avoiding current: (columns: Int, rows: Int), interval: Duration
    ) async throws -> Int? {
        var columns = 40 + number % 39
        let rows = 10 + number % 13
        if columns == current.columns && rows == current.rows { columns += 1 }
        let marker = "\(columns)×\(rows))."
        let tmux = run.tmux
        try await OffThePool.run { [columns] in try tmux.resize(columns: columns, rows: rows) }
        let start = ContinuousClock.now
        let deadline = start + .seconds(10)
        while ContinuousClock.now < deadline {
            if try await OffThePool.run({ tmux.capture().contains(marker) }) {
                let elapsed = ContinuousClock.now - start
                return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
            }
            try await Task.sleep(for: interval)
        }
        return nil
    }

    /// Leaves dialogs, the wizard and the filter with Esc until the list's `q quit` hint shows,
    /// then quits (confirming when a draft would be lost).
    private func quit(_ run: ConsoleRun) async throws {
        try run.tmux.resize(columns: 100, rows: 30)
        var atTheList = false
        for _ in 0..<20 where !atTheList {
            atTheList = await run.tmux.waitFor(" q quit", limit: .seconds(2))
            if !atTheList { try run.tmux.send("Escape") }
        }
        #expect(atTheList, "the console did not get back to the list: \(run.tmux.capture())")
        try run.tmux.send("q")
        for _ in 0..<5 where await run.exitStatus(limit: .seconds(2)) == nil {
            try run.tmux.send("y")
        }
    }
}
