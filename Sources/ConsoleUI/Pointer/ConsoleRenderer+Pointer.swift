import ConsoleCore

extension ConsoleRenderer {
    /// What `render(_:size:options:)` draws at `position` for `state` on a screen of `size`.
    public static func pointerTarget(at position: CellPosition, in state: ConsoleState, size: Size) -> PointerTarget {
        guard size.contains(minimumSize) else { return .elsewhere }
        let layout = ConsoleLayout(size: size, detailFocused: state.focus == .detail && state.detailClusterId != nil)
        guard layout.body.contains(position) else { return .elsewhere }
        if state.taskView != nil { return .taskView }
        if state.focus == .wizard || state.focus == .restore {
            return state.showsScrollArea(.review) ? .review : .elsewhere
        }
        if layout.detailPane.contains(position) { return .detail }
        let pane = layout.listPane
        let rows = Rect(row: pane.row + 2, column: pane.column + 1, rows: layout.listRows, columns: pane.size.columns - 2)
        guard rows.contains(position) else { return .list }
        let index = state.list.scrollTop + position.row - rows.row
        return index < state.list.visibleCount ? .listRow(index) : .list
    }
}
