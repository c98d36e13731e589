/// Everything one benchmark run measured (written as JSON with `--json`).
struct BenchReport: Codable, Sendable {
    /// When the run ended (UTC, ISO 8601).
    var date = ""
    /// Processors online.
    var cores = 0
    /// `uname -sm` (the kernel and the architecture, not the host).
    var system = ""
    /// Keystroke → frame latency.
    var latency: [LatencyResult] = []
    /// Bytes per transition of the console under `newterm`.
    var transitions: [TransitionResult] = []
    /// Bytes per ↓ of the console and of `dialog --menu` on a pseudo-terminal.
    var moveBytes: [MoveBytesResult] = []
    /// The console process against the simulator.
    var startup: [StartupResult] = []
    /// Listing with injected latency.
    var listing: [ListingResult] = []
    /// The budgets (Benchmarks/README.md) beside the figures.
    var budgets: [BudgetCheck] = []
    /// Parts that could not run, with the reason.
    var skipped: [String] = []
}
