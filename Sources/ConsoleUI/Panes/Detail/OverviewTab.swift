import ConsoleCore
import OCPAPI

/// The Overview tab: the cluster's facts, its backup health (the level and every rule's
/// reason, problems first), the schedule in words, the last full and incremental backups with
/// their age, the log backup's checkpoint and delay against the threshold, the size, the
/// active alerts, and the actions the status allows.
enum OverviewTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        context.factsLines + [[]] + OverviewHealthLines.lines(in: context) + [[]] + OverviewFactLines.lines(in: context) + [[]]
            + actionLines(in: context)
    }

    /// The actions the cluster's status allows: each group of actions adds its keys here, in
    /// this order (the strategy's `n`, `e`, `d` come first).
    static func actionLines(in context: DetailTabContext) -> [[Span]] {
        context.strategyActionLines + OperationActionLines.lines(in: context)
    }
}
