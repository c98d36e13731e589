import OCPAPI

@testable import ConsoleCore

/// The list fed with full clusters, as the tests' fixtures build them (the list keeps their
/// summaries).
extension ClusterListState {
    /// `merge` with the summaries of `clusters`.
    mutating func merge(_ clusters: [Cluster]) {
        merge(clusters.map(ClusterSummary.init))
    }

    /// `receive(page:generation:)` with the summaries of `clusters`.
    mutating func receive(page clusters: [Cluster], generation: Int) {
        receive(page: clusters.map(ClusterSummary.init), generation: generation)
    }
}
