import ConsoleCore

extension KeyMap {
    /// Rows the wheel moves the list cursor per notch.
    static let wheelRows = 3

    /// The mouse table: the wheel scrolls what is under the pointer, a click picks.
    static let pointerBindings: [PointerBinding] = [
        PointerBinding(
            gestures: [.wheelUp, .wheelDown], gestureLabel: "Wheel", placeLabel: "over the list",
            help: "Move the cursor three rows"
        ) { gesture, target, state in
            guard target == .list || target.isListRow else { return nil }
            let step = gesture == .wheelUp ? -wheelRows : wheelRows
            return .send(.list(.select(max(0, state.list.cursor + step))))
        },
        PointerBinding(
            gestures: [.wheelUp, .wheelDown], gestureLabel: "Wheel", placeLabel: "over the detail, the review or a task's log",
            help: "Scroll it one line"
        ) { gesture, target, _ in
            let move: ScrollMove = gesture == .wheelUp ? .lineUp : .lineDown
            switch target {
            case .detail: return .send(.scrollArea(.detail, move))
            case .review: return .send(.scrollArea(.review, move))
            case .taskView: return .send(.scrollArea(.taskLog, move))
            default: return nil
            }
        },
        PointerBinding(
            gestures: [.click], gestureLabel: "Click", placeLabel: "a cluster",
            help: "Select it; click the selected cluster to show its ability and strategy"
        ) { _, target, state in
            guard case .listRow(let index) = target else { return nil }
            return index == state.list.cursor && state.focus == .list ? .send(.openDetail) : .send(.list(.select(index)))
        },
        PointerBinding(
            gestures: [.click], gestureLabel: "Click", placeLabel: "the detail pane", help: "Move the focus to it"
        ) { _, target, state in
            target == .detail && state.focus == .list && state.detailClusterId != nil ? .send(.focusNextPane) : nil
        },
    ]

    /// What a mouse event does on a screen of `size` (nil: nothing). Dialogs take keys only,
    /// and the list does not follow the pointer while its filter is being typed.
    public func command(for event: MouseEvent, in state: ConsoleState, size: Size) -> KeyCommand? {
        guard state.dialog == nil, !state.list.isEditingFilter, let gesture = PointerGesture(event) else { return nil }
        let target = ConsoleRenderer.pointerTarget(at: event.position, in: state, size: size)
        for binding in Self.pointerBindings where binding.gestures.contains(gesture) {
            if let command = binding.command(gesture, target, state) { return command }
        }
        return nil
    }

    /// The mouse table as Markdown (for the README's key reference).
    func pointerReference() -> [String] {
        ["### Mouse (with `--mouse`)", "", "| Mouse | Action |", "|---|---|"]
            + Self.pointerBindings.map { "| \($0.gestureLabel) \($0.placeLabel) | \($0.help) |" }
    }
}
