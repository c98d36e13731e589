/// Keystroke → frame latency of one operation at one fleet size.
struct LatencyResult: Codable, Sendable {
    /// The key and what it does.
    let operation: String
    /// Clusters in the list.
    let clusters: Int
    /// Terminal size, columns×rows.
    let size: String
    /// Measured keystrokes.
    let iterations: Int
    /// Median, milliseconds.
    let p50Milliseconds: Double
    /// 99th percentile, milliseconds.
    let p99Milliseconds: Double
    /// Rows the filter examined for this keystroke (filter operations only).
    let rowsExamined: Int?
}
