import ConsoleCore

/// The Overview tab: the cluster's facts and the actions its status allows.
enum OverviewTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        [context.factsLine, []] + actionLines(in: context)
    }

    /// The actions the cluster's status allows: each group of actions adds its keys here, in
    /// this order (the strategy's `n`, `e`, `d` come first).
    static func actionLines(in context: DetailTabContext) -> [[Span]] {
        context.strategyActionLines + OperationActionLines.lines(in: context)
    }
}
