/// A cluster's backup health: the worst level of its findings, every finding (passed ones too,
/// for a detail view), and the rules not checked because their input was not asked for (a
/// fleet scan reads only the overview, the strategy and the alerts).
public struct HealthReport: Sendable, Hashable {
    /// The worst level; OK only when every checked rule passed.
    public var level: HealthLevel
    /// Every finding, in rule order.
    public var findings: [HealthFinding]
    /// The rules left out because their input was not read.
    public var unchecked: [HealthRule]

    /// Makes a report; the level is the worst finding's.
    public init(findings: [HealthFinding], unchecked: [HealthRule]) {
        self.findings = findings
        self.unchecked = unchecked
        level = findings.map(\.level).max() ?? .ok
    }

    /// The findings that are not OK, worst first (rule order within a level).
    public var problems: [HealthFinding] {
        findings.enumerated().filter { $0.element.level != .ok }
            .sorted { ($0.element.level.severity, -$0.offset) > ($1.element.level.severity, -$1.offset) }.map(\.element)
    }

    /// The worst finding, the one a list column shows.
    public var worst: HealthFinding? { problems.first }
}
