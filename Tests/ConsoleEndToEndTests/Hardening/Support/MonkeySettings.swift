import Foundation
import OCPSimulator

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

    /// The settings, with `OCPBACKUP_MONKEY_KEYS`, `_SEED` and `_BUDGET_MS` applied.
    static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> MonkeySettings {
        var settings = MonkeySettings()
        if let keys = environment["OCPBACKUP_MONKEY_KEYS"].flatMap(Int.init), keys > 0 { settings.keys = keys }
        if let seed = environment["OCPBACKUP_MONKEY_SEED"].flatMap(UInt64.init) { settings.seed = seed }
        settings.budgetMilliseconds = environment["OCPBACKUP_MONKEY_BUDGET_MS"].flatMap(Int.init)
        return settings
    }

    /// The faults: latency up to 1.5 s, and of the requests 5 % answered 500, 5 % garbled,
    /// 4 % dropped, 5 % throttled (429), 2 % applied with the answer lost.
    static let faults = FaultOptions(
        latencyMs: 0, jitterMs: 1500, errorRate: 0.05, errorStatus: 500, garbleRate: 0.05, dropRate: 0.04, throttleRate: 0.05,
        lostAnswerRate: 0.02)
}
