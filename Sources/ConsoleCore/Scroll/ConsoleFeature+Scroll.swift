extension ConsoleFeature {
    /// Scroll keys and the extents the renderer reports.
    func reduceScroll(_ state: inout ConsoleState, action: ConsoleAction) -> Effect<ConsoleAction> {
        switch action {
        case .scroll(let move):
            guard let area = state.focusedScrollArea else { return .none }
            state.updateScroll(of: area) { $0.apply(move) }
        case .scrollArea(let area, let move):
            guard state.showsScrollArea(area) else { return .none }
            state.updateScroll(of: area) { $0.apply(move) }
        case .scrollExtentChanged(let extent):
            state.applyScrollExtent(extent)
        default:
            break
        }
        return .none
    }
}
