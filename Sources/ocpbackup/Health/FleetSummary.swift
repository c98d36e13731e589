import OCPAPI

/// How many clusters are at each level, and the fleet's level: the worst of them (critical,
/// warning, unknown, OK), as a monitoring plugin reports it.
struct FleetSummary: Sendable, Equatable {
    var critical = 0
    var warning = 0
    var unknown = 0
    var ok = 0

    /// The counts of `clusters`.
    init(_ clusters: [ClusterHealth]) {
        for cluster in clusters {
            switch cluster.report.level {
            case .critical: critical += 1
            case .warning: warning += 1
            case .unknown: unknown += 1
            case .ok: ok += 1
            }
        }
    }

    /// All clusters.
    var total: Int { critical + warning + unknown + ok }

    /// The worst level present (OK for an empty fleet).
    var level: HealthLevel {
        if critical > 0 { return .critical }
        if warning > 0 { return .warning }
        if unknown > 0 { return .unknown }
        return .ok
    }

    /// `3 critical, 5 warning, 1 unknown of 10012` (unknown only when there are some).
    var text: String {
        "\(critical) critical, \(warning) warning" + (unknown > 0 ? ", \(unknown) unknown" : "") + " of \(total)"
    }

    /// The count at `level`.
    func count(_ level: HealthLevel) -> Int {
        switch level {
        case .critical: critical
        case .warning: warning
        case .unknown: unknown
        case .ok: ok
        }
    }
}
