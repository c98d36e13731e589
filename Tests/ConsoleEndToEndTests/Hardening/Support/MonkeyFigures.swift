/// What a monkey run counted, printed at its end and quoted in the README.
struct MonkeyFigures {
    var keys = 0
    var batches = 0
    var resizes = 0
    var probes = 0
    var crashes = 0
    /// Milliseconds from each probe's resize to the console showing it.
    var answerTimes: [Int] = []

    /// The longest time the console took to answer a probe.
    var maxUnresponsive: Int { answerTimes.max() ?? 0 }

    /// The `percent`th percentile of the answer times.
    func percentile(_ percent: Int) -> Int {
        guard !answerTimes.isEmpty else { return 0 }
        let sorted = answerTimes.sorted()
        return sorted[min(sorted.count - 1, sorted.count * percent / 100)]
    }

    /// One line with every figure.
    func summary(seed: UInt64, faults: String) -> String {
        "monkey: seed \(seed), keys sent \(keys) in \(batches) batches, resizes \(resizes) (+\(probes) probe resizes), "
            + "simulator \(faults), crashes \(crashes), max unresponsive \(maxUnresponsive) ms "
            + "(median \(percentile(50)) ms, p99 \(percentile(99)) ms, over 100 ms \(answerTimes.filter { $0 > 100 }.count) times)"
    }
}
