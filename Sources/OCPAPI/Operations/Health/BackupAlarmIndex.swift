/// The fleet's alert events grouped by the cluster they are about (OCP offers no usable cluster
/// filter for backup events): by the `ob_cluster_name` label, else the `ob_cluster=` target.
public struct BackupAlarmIndex: Sendable {
    /// Events by cluster name.
    public let byClusterName: [String: [AlarmEvent]]
    /// Events that name no cluster.
    public let unattributed: [AlarmEvent]

    /// Groups `events`, keeping their order within a cluster.
    public init(_ events: [AlarmEvent]) {
        var grouped: [String: [AlarmEvent]] = [:]
        var rest: [AlarmEvent] = []
        for event in events {
            if let name = event.clusterName { grouped[name, default: []].append(event) } else { rest.append(event) }
        }
        byClusterName = grouped
        unattributed = rest
    }

    /// The events of the cluster with this exact name.
    public func events(forClusterNamed name: String) -> [AlarmEvent] { byClusterName[name] ?? [] }
}
