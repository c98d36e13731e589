import OCPAPI

extension ConsoleFeature {
    /// The detail pane: what its tab shows of the chosen cluster, cached per cluster.
    func reduceDetail(_ state: inout ConsoleState, action: ConsoleAction) -> Effect<ConsoleAction> {
        switch action {
        case .openDetail:
            guard let row = state.list.highlighted else { return .none }
            let id = row.id
            state.detailClusterId = id
            state.detailScroll.reset()
            state.focus = .detail
            return loadTab(state.detailTab, of: id, in: &state)
        case .abilityLoaded(let id, let result):
            state.abilities[id, default: Loadable()].finish(result, at: dependencies.now())
            return .none
        case .strategyLoaded(let id, let result):
            state.strategies[id, default: Loadable()].finish(result, at: dependencies.now())
            return .none
        default:
            return .none
        }
    }

    /// Reads a cluster's ability.
    func loadAbility(_ id: Int64, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        state.abilities[id, default: Loadable()].begin()
        let ability = dependencies.ability
        return .task(id: "ability-\(id)") {
            .abilityLoaded(clusterId: id, await ability(id).mapError(ErrorInfo.init))
        }
    }

    /// Reads a cluster's strategy.
    func loadStrategy(_ id: Int64, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        state.strategies[id, default: Loadable()].begin()
        let strategy = dependencies.strategy
        return .task(id: "strategy-\(id)") {
            .strategyLoaded(clusterId: id, await strategy(id).map(StrategySnapshot.init).mapError(ErrorInfo.init))
        }
    }
}
