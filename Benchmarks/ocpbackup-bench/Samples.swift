/// Durations of one measured operation, with the percentiles the report shows.
struct Samples {
    /// Every measured duration, in nanoseconds.
    private(set) var nanoseconds: [Int64] = []

    /// Adds one duration.
    mutating func add(_ duration: Duration) {
        let (seconds, attoseconds) = duration.components
        nanoseconds.append(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }

    /// The `fraction` percentile (nearest rank), in milliseconds.
    func percentile(_ fraction: Double) -> Double {
        guard !nanoseconds.isEmpty else { return 0 }
        let sorted = nanoseconds.sorted()
        let rank = min(sorted.count - 1, max(0, Int((fraction * Double(sorted.count)).rounded(.up)) - 1))
        return Double(sorted[rank]) / 1_000_000
    }

    /// How many durations were measured.
    var count: Int { nanoseconds.count }
}
