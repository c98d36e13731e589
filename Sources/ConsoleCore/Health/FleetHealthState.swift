import Foundation
import OCPAPI

/// The fleet health scan: each cluster's health as last read, the scan under way (its
/// generation, the clusters being read, how many this scan has judged) and its order of work:
/// the rows visible when the cursor last rested first, then the rest of the fleet in the list's
/// order, never more than `settings.concurrency` at once.
public struct FleetHealthState: Equatable, Sendable {
    /// Where the scan stands.
    public enum Phase: Equatable, Sendable {
        /// No scan yet.
        case idle
        /// Reading the fleet's alerts; the clusters follow.
        case readingAlerts
        /// Reading clusters.
        case scanning
        /// Every cluster was read, at this machine's time; the next scan is scheduled.
        case finished(at: Date)
    }

    /// Concurrency, refresh and debounce.
    public var settings = HealthScanSettings()
    /// Each cluster's latest health (older scans' values stay until read again).
    public internal(set) var entries: [Int64: ClusterHealthSummary] = [:]
    /// The current scan; results of an older one are dropped.
    public internal(set) var generation = 0
    /// Where the current scan stands.
    public internal(set) var phase: Phase = .idle
    /// The fleet's alerts read by the current scan.
    public internal(set) var alerts: FleetAlerts?
    /// Clusters being read now (at most `settings.concurrency`).
    public internal(set) var inFlight: Set<Int64> = []
    /// Clusters the current scan has judged.
    public internal(set) var judged = 0
    /// The clusters to read before the rest: those visible when the cursor last rested, or one
    /// whose health a change made stale.
    public internal(set) var priority: [Int64] = []
    /// The local UTC offset the health's times are shown in.
    public internal(set) var localOffset = 0
    /// The next sort position of the list the background part of the scan looks at.
    var backgroundRank = 0
    /// `judged` when the list was last sorted worst first.
    var judgedAtLastSort = 0

    /// No scan yet.
    public init() {}

    /// Whether the current scan still has to read `id`.
    func needsRead(_ id: Int64) -> Bool {
        entries[id]?.generation != generation && !inFlight.contains(id)
    }

    /// Whether a scan is reading (alerts or clusters).
    public var isScanning: Bool {
        switch phase {
        case .readingAlerts, .scanning: true
        case .idle, .finished: false
        }
    }
}
