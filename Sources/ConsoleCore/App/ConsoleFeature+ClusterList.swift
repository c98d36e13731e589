import OCPAPI

extension ConsoleFeature {
    /// The cluster list's intents and results.
    func reduceList(_ state: inout ConsoleState, action: ClusterListAction) -> Effect<ConsoleAction> {
        switch action {
        case .moveUp, .moveDown, .pageUp, .pageDown, .jumpToStart, .jumpToEnd:
            state.list.move(action)
        case .select:
            state.list.move(action)
            if state.focus == .detail { state.focus = .list }
        case .beginFilter:
            state.list.isEditingFilter = true
        case .endFilter:
            state.list.isEditingFilter = false
        case .filterTyped(let character):
            state.list.appendFilter(character)
        case .filterDeleteBackward:
            state.list.deleteFilterBackward()
        case .filterCleared:
            state.list.clearFilter()
        case .cycleSort:
            state.list.sort(by: state.list.sortKey.next)
        case .pageLoaded(let generation, let clusters):
            state.list.receive(page: clusters, generation: generation)
        case .loadFinished(let generation, let result):
            state.list.finish(result, generation: generation)
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
}
