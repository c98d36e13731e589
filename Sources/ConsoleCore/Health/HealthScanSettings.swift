/// How the console reads in the background: how many clusters the fleet health scan reads at
/// once (each read is two requests, the overview and the strategy; 0 turns the scan off), how
/// long after a scan ends the next one starts (`nil`: only `r` scans again), and how long the
/// list's cursor rests before the detail follows it and the visible rows are read first (`nil`:
/// the detail changes only on Enter).
public struct HealthScanSettings: Equatable, Sendable {
    /// The default bound, like `ocpbackup health --concurrency`.
    public static let defaultConcurrency = 8
    /// The default age after which the fleet is scanned again: five minutes.
    public static let defaultRefreshInterval: Duration = .seconds(300)
    /// The default rest of the cursor before the detail follows it.
    public static let defaultFollowDelay: Duration = .milliseconds(200)

    /// Clusters read at once; 0: no scan.
    public var concurrency: Int
    /// How long after a scan ends the next one starts; `nil`: never by itself.
    public var refreshInterval: Duration?
    /// How long the cursor rests before the detail follows it; `nil`: it does not follow.
    public var followDelay: Duration?

    /// Makes settings; a negative `concurrency` counts as 0.
    public init(
        concurrency: Int = defaultConcurrency, refreshInterval: Duration? = defaultRefreshInterval,
        followDelay: Duration? = defaultFollowDelay
    ) {
        self.concurrency = max(0, concurrency)
        self.refreshInterval = refreshInterval
        self.followDelay = followDelay
    }

    /// Nothing in the background: no scan, and the detail changes only on Enter.
    public static let off = HealthScanSettings(concurrency: 0, refreshInterval: nil, followDelay: nil)
}
