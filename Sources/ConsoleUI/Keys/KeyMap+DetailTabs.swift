import ConsoleCore
import Localization

extension KeyMap {
    /// The detail pane's tabs, from the list or the detail pane.
    static let detailTabBindings: [KeyBinding] = [
        KeyBinding(
            DetailTab.allCases.map { .key(.character($0.key)) }, .panes, "1–5", hint: .empty,
            help: Bilingual(
                "Tabs: " + DetailTab.allCases.map { "\($0.key) \($0.title.english)" }.joined(separator: " "),
                "标签页：" + DetailTab.allCases.map { "\($0.key) \($0.title.chinese)" }.joined(separator: " "))
        ) { key, _ in
            guard case .character(let character) = key, let tab = DetailTab(key: character) else { return nil }
            return .send(.detail(.selectTab(tab)))
        },
        KeyBinding(
            [.key(.character("[")), .key(.character("]"))], .panes, "[ ]", hint: .empty,
            help: Bilingual("Previous or next detail tab", "上一个或下一个详情标签页")
        ) { key, _ in
            .send(.detail(key == .character("[") ? .previousTab : .nextTab))
        },
    ]
}
