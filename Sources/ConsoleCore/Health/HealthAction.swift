import OCPAPI

/// Results of the fleet health scan.
public enum HealthAction: Equatable, Sendable {
    /// The fleet's active backup alerts arrived for scan `generation`; its clusters follow.
    case alertsRead(generation: Int, Result<[AlarmEvent], ErrorInfo>)
    /// One cluster's health arrived for scan `generation`.
    case clusterRead(generation: Int, ClusterHealthSummary)
    /// The refresh time after scan `generation` is up: scan again.
    case refreshDue(generation: Int)
}
