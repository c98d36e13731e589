import Foundation
import OCPAPI

/// One cluster's backup health as the list's column shows it: the rules' level, the findings
/// that are not OK (worst first), the figures beside the level, and when it was judged (at
/// OCP's time) and read (at this machine's), with the scan it belongs to.
public struct ClusterHealthSummary: Equatable, Sendable {
    /// The cluster.
    public var clusterId: Int64
    /// The worst level of the rules; unknown (`?`) when an input could not be read.
    public var level: HealthLevel
    /// The findings that are not OK, worst first.
    public var problems: [HealthFinding]
    /// Schedule, last data backup age, log backup delay.
    public var figures: HealthFigures
    /// OCP's time the rules judged at.
    public var judgedAt: Date
    /// This machine's time the answer arrived (the cache's age).
    public var readAt: Date
    /// The scan that read it.
    public var generation: Int
    /// Whether the detail's reads (the tasks of the last seven days) took part.
    public var deep: Bool

    /// The summary of `input`, evaluated.
    public init(_ input: HealthInput, clusterId: Int64, readAt: Date, generation: Int, deep: Bool = false) {
        let report = BackupHealth.evaluate(input)
        self.clusterId = clusterId
        level = report.level
        problems = report.problems
        figures = HealthFigures(report, input: input)
        judgedAt = input.now
        self.readAt = readAt
        self.generation = generation
        self.deep = deep
    }

    /// The finding the column names.
    public var worst: HealthFinding? { problems.first }

    /// Whether the list's problems filter keeps it: anything but OK (unknown included).
    public var isProblem: Bool { level != .ok }
}
