import OCPAPI

/// A cluster the new tenant could be created in, with whether it can be chosen and why not.
public struct RestoreTargetOption: Equatable, Sendable {
    /// The cluster as the list read it.
    public var cluster: Cluster
    /// Whether it can be chosen, and the reason when it cannot.
    public var availability: Availability

    /// Makes an option.
    public init(cluster: Cluster, availability: Availability) {
        self.cluster = cluster
        self.availability = availability
    }

    /// The cluster's OCP id.
    public var id: Int64 { cluster.id }
}
