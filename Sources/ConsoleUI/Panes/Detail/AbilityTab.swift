import ConsoleCore
import Localization

/// The Ability tab: what backup the cluster can do, in words.
enum AbilityTab: DetailTabContent {
    static func lines(in context: DetailTabContext) -> [[Span]] {
        context.loadable(context.state.abilities[context.cluster.id]) {
            AbilityPresentation.lines(for: $0, cluster: context.cluster, in: context.language)
        }
    }
}
