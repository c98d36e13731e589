import Foundation
import OCPAPI
import TestSupport
import Testing

/// The health column against `ocpbackup sim` as a child process: the problems filter over a
/// fleet with every unhealthy scenario keeps exactly the clusters `ocpbackup health` judges
/// unhealthy, each with the same level; pausing and resuming a cluster's scheduling shows in
/// its row and its Overview.
@Suite(.serialized) struct ConsoleHealthTests {
    /// The level words of the column for `ocpbackup health`'s levels.
    static let columnWords = ["OK": "OK", "WARNING": "WARN", "CRITICAL": "CRIT", "UNKNOWN": "?"]

    /// The list pane's row of the cluster named `name` (the left pane's text of that line).
    static func row(_ name: String, in screen: String) -> String? {
        screen.split(separator: "\n").map(String.init).first { $0.hasPrefix("│") && $0.contains(" \(name) ") }
    }

    @Test func theProblemsFilterKeepsEveryUnhealthyScenarioWithItsLevel() async throws {
        // 50 generated clusters after the dozen demo ones: abnormal scheduling, a failed last
        // backup, a lagging and an interrupted log backup, a pause and clusters without a
        // strategy, beside healthy ones.
        let simulator = try await SimulatorProcess(arguments: ["--clusters", "50", "--seed", "3"])
        let report = try await simulator.command(["health", "--output", "json"])
        let json = try #require(report.output.data(using: .utf8))
        let object = try #require(try JSONSerialization.jsonObject(with: json) as? [String: Any], "\(report.output)")
        let clusters = try #require(object["clusters"] as? [[String: Any]])
        let judged = clusters.compactMap { cluster -> (name: String, level: String)? in
            guard let name = cluster["name"] as? String, let level = cluster["level"] as? String else { return nil }
            return (TextSanitizer.singleLine(name), level)
        }
        try #require(judged.count == 62, "\(report.output)")
        let problems = judged.filter { $0.level != "OK" }
        let healthy = judged.filter { $0.level == "OK" }
        #expect(Set(problems.map(\.level)) == ["WARNING", "CRITICAL"], "both levels are in the fleet: \(problems)")

        let run = try ConsoleRun([], environment: simulator.environment, columns: 120, rows: 30)
        let tmux = run.tmux
        try #require(await tmux.waitFor("health 62 ✓"), "the scan did not finish: \(tmux.capture())")
        try tmux.send(":")
        try tmux.type("problems")
        try tmux.send("Enter")
        try #require(await tmux.waitFor("Clusters · \(problems.count) "), "not the unhealthy clusters only: \(tmux.capture())")
        let screen = tmux.capture()
        for cluster in problems {
            let line = Self.row(cluster.name, in: screen)
            #expect(line?.contains(" \(Self.columnWords[cluster.level] ?? "-") ") == true, "\(cluster.name) \(cluster.level): \(line ?? screen)")
        }
        for cluster in healthy {
            #expect(Self.row(cluster.name, in: screen) == nil, "\(cluster.name) is healthy but listed:\n\(screen)")
        }
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }

    @Test func pausingAndResumingShowInTheRowAndTheOverview() async throws {
        let simulator = try await SimulatorProcess(arguments: ["--speed", "600", "--start", "2026-11-20T12:00:00+08:00"])
        let run = try ConsoleRun([], environment: simulator.environment, columns: 120, rows: 30)
        let tmux = run.tmux
        let name = "交易核心集群"
        try await WizardDriver(tmux: run.tmux).openCluster(filter: "交易", name: name, action: "Backup: ")
        func shows(schedule: String, level: String, overview: String) async -> Bool {
            await tmux.waitForScreen { screen in
                guard let row = Self.row(name, in: screen) else { return false }
                return row.contains(" \(schedule) ") && row.contains(" \(level) ") && screen.contains(overview)
            }
        }
        try #require(
            await shows(schedule: "NORMAL", level: "OK", overview: "Schedule    normal: scheduled data backups run"),
            "not healthy at first: \(tmux.capture())")
        // p, the confirmation titled `dialog`, Enter: the row and the Overview follow.
        for (dialog, schedule, level, overview) in [
            ("Pause scheduling", "PAUSED", "WARN", "Schedule    paused: no scheduled data backup"),
            ("Resume scheduling", "NORMAL", "OK", "Schedule    normal: scheduled data backups run"),
        ] {
            try tmux.send("p")
            try #require(await tmux.waitFor(dialog), "no confirmation \(dialog): \(tmux.capture())")
            try tmux.send("Enter")
            try #require(
                await shows(schedule: schedule, level: level, overview: overview), "after \(dialog), not \(schedule) \(level): \(tmux.capture())")
            if schedule == "PAUSED" {
                #expect(tmux.capture().contains("backup scheduling paused"), "the Overview's health gives the reason: \(tmux.capture())")
            }
        }
        try tmux.send("q")
        #expect(await run.exitStatus() == 0)
        await simulator.stop()
    }
}
