import ConsoleCore
import Localization

/// The Strategy tab: the strategy in words and the strategy commands it allows.
enum StrategyTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        context.loadable(context.state.strategies[context.cluster.id]) { StrategyPresentation.lines(for: $0, in: context.language) }
            + context.strategyActionLines
    }
}
