import ConsoleCore

extension KeyMap {
    /// The detail pane's tabs, from the list or the detail pane.
    static let detailTabBindings: [KeyBinding] = [
        KeyBinding(
            DetailTab.allCases.map { .key(.character($0.key)) }, .panes, "1–5", hint: "",
            help: "Tabs: " + DetailTab.allCases.map { "\($0.key) \($0.title)" }.joined(separator: " ")
        ) { key, _ in
            guard case .character(let character) = key, let tab = DetailTab(key: character) else { return nil }
            return .send(.detail(.selectTab(tab)))
        },
        KeyBinding([.key(.character("[")), .key(.character("]"))], .panes, "[ ]", hint: "", help: "Previous or next detail tab") { key, _ in
            .send(.detail(key == .character("[") ? .previousTab : .nextTab))
        },
    ]
}
