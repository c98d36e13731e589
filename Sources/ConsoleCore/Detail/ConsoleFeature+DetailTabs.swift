extension ConsoleFeature {
    /// The detail pane's tabs: the tab changes, the pane scrolls back to its top, and what the
    /// tab shows for the shown cluster is read when it is not cached.
    func reduceDetailTabs(_ state: inout ConsoleState, action: DetailAction) -> Effect<ConsoleAction> {
        let tab: DetailTab =
            switch action {
            case .selectTab(let tab): tab
            case .nextTab: state.detailTab.next
            case .previousTab: state.detailTab.previous
            }
        guard tab != state.detailTab else { return .none }
        state.detailTab = tab
        state.detailScroll.reset()
        guard let id = state.detailClusterId else { return .none }
        return loadTab(tab, of: id, in: &state)
    }

    /// Starts reading what `tab` shows for cluster `id`: what is neither cached nor being read,
    /// or with `again` (`r`) all of it. Each tab names its reads here; a tab whose reads are not
    /// listed reads nothing.
    func loadTab(_ tab: DetailTab, of id: Int64, in state: inout ConsoleState, again: Bool = false) -> Effect<ConsoleAction> {
        switch tab {
        case .overview:
            // The Overview shows the backup overview and the last backups of the seven days (read
            // together) beside the strategy actions, which depend on the ability and the strategy.
            return .merge([loadTab(.strategy, of: id, in: &state, again: again), loadTaskLists(id, in: &state, again: again)])
        case .strategy, .ability:
            // The strategy actions (n, e, d) shown on the Strategy tab depend on both the ability
            // and the strategy.
            return again
                ? .merge([loadAbility(id, in: &state), loadStrategy(id, in: &state)])
                : .merge([abilityIfMissing(id, in: &state), strategyIfMissing(id, in: &state)])
        case .tasks:
            return loadTaskLists(id, in: &state, again: again)
        case .recoverable:
            return loadBackupInfo(id, in: &state, again: again)
        }
    }

    /// Reads the ability of `id` unless it is cached or being read.
    func abilityIfMissing(_ id: Int64, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard state.abilities[id]?.value == nil, state.abilities[id]?.isLoading != true else { return .none }
        return loadAbility(id, in: &state)
    }

    /// Reads the strategy of `id` unless it is cached or being read.
    func strategyIfMissing(_ id: Int64, in state: inout ConsoleState) -> Effect<ConsoleAction> {
        guard state.strategies[id]?.value == nil, state.strategies[id]?.isLoading != true else { return .none }
        return loadStrategy(id, in: &state)
    }
}
