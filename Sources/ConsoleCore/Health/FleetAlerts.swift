import OCPAPI

/// The fleet's active backup alerts as read at the start of a scan, by cluster name as the list
/// shows it (sanitized, so a name with control characters still finds its events), or why they
/// could not be read (the alert rule is then unknown for every cluster).
public struct FleetAlerts: Equatable, Sendable {
    /// Events by the sanitized cluster name.
    public var byClusterName: [String: [AlarmEvent]]
    /// Why the query failed, when it did.
    public var problem: String?

    /// The alerts of a read.
    public init(_ result: Result<[AlarmEvent], ErrorInfo>) {
        switch result {
        case .success(let events):
            var grouped: [String: [AlarmEvent]] = [:]
            for (name, events) in BackupAlarmIndex(events).byClusterName { grouped[TextSanitizer.singleLine(name), default: []] += events }
            byClusterName = grouped
            problem = nil
        case .failure(let error):
            byClusterName = [:]
            problem = error.summary
        }
    }

    /// The evidence the alert rule reads for the cluster named `name` (as the list shows it).
    public func evidence(forClusterNamed name: String) -> HealthEvidence<[AlarmEvent]> {
        if let problem { return .failed(problem) }
        return .read(byClusterName[name] ?? [])
    }
}
