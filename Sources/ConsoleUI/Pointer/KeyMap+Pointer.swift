import ConsoleCore
import Localization

extension KeyMap {
    /// Rows the wheel moves the list cursor per notch.
    static let wheelRows = 3

    /// The mouse table: the wheel scrolls what is under the pointer, a click picks.
    static let pointerBindings: [PointerBinding] = [
        PointerBinding(
            gestures: [.wheelUp, .wheelDown], gestureLabel: Bilingual("Wheel", "滚轮"), placeLabel: Bilingual("over the list", "在列表上"),
            help: Bilingual("Move the cursor three rows", "光标移动三行")
        ) { gesture, target, state in
            guard target == .list || target.isListRow else { return nil }
            let step = gesture == .wheelUp ? -wheelRows : wheelRows
            return .send(.list(.select(max(0, state.list.cursor + step))))
        },
        PointerBinding(
            gestures: [.wheelUp, .wheelDown], gestureLabel: Bilingual("Wheel", "滚轮"),
            placeLabel: Bilingual("over the detail, the review or a task's log", "在详情、审阅页或任务日志上"),
            help: Bilingual("Scroll it one line", "滚动一行")
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
            gestures: [.click], gestureLabel: Bilingual("Click", "点击"), placeLabel: Bilingual("a cluster", "某个集群"),
            help: Bilingual("Select it; click the selected cluster to show its ability and strategy", "选中；点击已选中的集群以显示其备份能力和备份策略")
        ) { _, target, state in
            guard case .listRow(let index) = target else { return nil }
            return index == state.list.cursor && state.focus == .list ? .send(.openDetail) : .send(.list(.select(index)))
        },
        PointerBinding(
            gestures: [.click], gestureLabel: Bilingual("Click", "点击"), placeLabel: Bilingual("the detail pane", "详情窗格"),
            help: Bilingual("Move the focus to it", "将焦点移到此处")
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
    func pointerReference(in language: Language) -> [String] {
        [language.pick("### Mouse (with `--mouse`)", "### 鼠标（需 `--mouse`）"), "", language.pick("| Mouse | Action |", "| 鼠标 | 操作 |"), "|---|---|"]
            + Self.pointerBindings.map {
                let gesture = $0.gestureLabel.text(in: language)
                let place = $0.placeLabel.text(in: language)
                return "| \(language.pick("\(gesture) \(place)", "\(place)\(gesture)")) | \($0.help.text(in: language)) |"
            }
    }
}
