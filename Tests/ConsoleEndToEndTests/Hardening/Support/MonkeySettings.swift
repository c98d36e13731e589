import Foundation

/// How long and how hard the monkey test runs: 8,000 keys by default (CI), 100,000
/// with `OCPBACKUP_MONKEY_KEYS=100000` (`scripts/monkey`).
struct MonkeySettings {
    /// Random keys to send.
    var keys = 8000
    /// The seed of the keys, the resizes and the simulator's faults.
    var seed: UInt64 = 20_261_121
    /// Keys per `send-keys`.
    var batch = 25
    /// When set, the longest unanswered time allowed (the full run sets 100 ms); CI only
    /// requires every probe to be answered, since a loaded machine stretches the figure.
    var budgetMilliseconds: Int?
    /// How often a probe looks at the screen: every millisecond when a budget is measured (the
    /// full run, alone on the machine), every 10 ms in CI, where looking every millisecond
    /// (a `tmux` process each time) starved the other tests running beside it.
    var probeInterval: Duration { budgetMilliseconds == nil ? .milliseconds(10) : .milliseconds(1) }

    /// The settings, with `OCPBACKUP_MONKEY_KEYS`, `_SEED` and `_BUDGET_MS` applied.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> MonkeySettings {
        var settings = MonkeySettings()
        if let keys = environment["OCPBACKUP_MONKEY_KEYS"].flatMap(Int.init), keys > 0 { settings.keys = keys }
        if let seed = environment["OCPBACKUP_MONKEY_SEED"].flatMap(UInt64.init) { settings.seed = seed }
        settings.budgetMilliseconds = environment["OCPBACKUP_MONKEY_BUDGET_MS"].flatMap(Int.init)
        return settings
    }

    /// The simulator's options: 300 generated clusters, latency up to 1.5 s, and of the requests
    /// 5 % answered 500, 5 % garbled, 4 % dropped, 5 % throttled (429), 2 % applied with the
    /// answer lost, drawn from the seed; the clock runs 600 times faster, so the backups the
    /// monkey starts run and end while it types.
    func simulatorArguments() -> [String] {
        [
            "--clusters", "300", "--jitter-ms", "1500", "--error-rate", "0.05", "--error-status", "500", "--garble-rate", "0.05",
            "--drop-rate", "0.04", "--throttle-rate", "0.05", "--lost-answer-rate", "0.02", "--seed", "\(seed)", "--speed", "600",
        ]
    }
}
