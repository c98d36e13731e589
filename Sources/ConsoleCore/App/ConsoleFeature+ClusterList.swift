import OCPAPI

extension ConsoleFeature {
    /// The cluster list's intents and results.
    func reduceList(_ state: inout ConsoleState, action: ClusterListAction) -> Effect<ConsoleAction> {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .jumpToStart, .jumpToEnd:
            state.list.move(action)
            return awaitRest(state)
        case .select:
            state.list.move(action)
            if state.focus == .detail { state.focus = .list }
            return awaitRest(state)
        case .beginFilter:
            state.list.isEditingFilter = true
        case .endFilter:
            state.list.isEditingFilter = false
        case .filterTyped(let character):
            state.list.appendFilter(character)
            return awaitRest(state)
        case .filterDeleteBackward:
            state.list.deleteFilterBackward()
            return awaitRest(state)
        case .filterCleared:
            state.list.clearFilter()
            return awaitRest(state)
        case .showProblems:
            state.focus = .list
            state.list.showProblemsOnly()
            return awaitRest(state)
        case .cycleSort:
            state.list.sort(by: state.list.sortKey.next)
            if state.list.sortKey == .health { state.health.judgedAtLastSort = state.health.judged }
            return awaitRest(state)
        case .cursorRested:
            return cursorRested(&state)
        case .pageLoaded(let generation, let clusters):
            state.list.receive(page: clusters, generation: generation)
            return .merge([fillHealthSlots(&state), state.detailClusterId == nil ? awaitRest(state) : .none])
        case .loadFinished(let generation, let result):
            state.list.finish(result, generation: generation)
            return fillHealthSlots(&state)
        }
        return .none
    }

    /// Starts loading every cluster; pages show as they arrive; an older load is cancelled.
    func loadClusters(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        let generation = state.list.beginLoad()
        let listClusters = dependencies.listClusters
        return .run(id: "clusters") { send in
            let result = await listClusters { clusters in
                send(.list(.pageLoaded(generation: generation, clusters: clusters)))
            }
            send(.list(.loadFinished(generation: generation, result.mapError(ErrorInfo.init))))
        }
    }

    /// Waits for the cursor to rest: each move replaces the wait, so only the last one ends it.
    private func awaitRest(_ state: ConsoleState) -> Effect<ConsoleAction> {
        guard let delay = state.health.settings.followDelay else { return .none }
        let sleep = dependencies.sleep
        return .task(id: "cursor-rest") {
            await sleep(delay)
            return .list(.cursorRested)
        }
    }

    /// The cursor rested: the detail shows the cluster under it (its tab read unless cached),
    /// and the visible rows' health is read before the rest of the fleet.
    private func cursorRested(_ state: inout ConsoleState) -> Effect<ConsoleAction> {
        state.health.priority = state.list.visibleRows.map(\.id).filter(state.health.needsRead)
        let health = fillHealthSlots(&state)
        guard let row = state.list.highlighted, row.id != state.detailClusterId, state.taskView == nil, state.focus != .wizard,
            state.focus != .restore
        else {
            return health
        }
        state.detailClusterId = row.id
        state.detailScroll.reset()
        return .merge([health, loadTab(state.detailTab, of: row.id, in: &state)])
    }
}
