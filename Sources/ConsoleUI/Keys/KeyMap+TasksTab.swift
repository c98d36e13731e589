import ConsoleCore

extension KeyMap {
    /// The Tasks tab: a cursor over the tasks, Enter opens one.
    static let tasksTabBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], .tasksTab, "↑↓ jk", hint: "move", help: "Move over the tasks"
        ) { key, state in
            hasTasks(state) ? .send(.history(key == .up || key == .character("k") ? .previousTask : .nextTask)) : nil
        },
        KeyBinding([.key(.home), .key(.end)], .tasksTab, "Home End", hint: "", help: "The newest or the oldest task") { key, state in
            hasTasks(state) ? .send(.history(key == .home ? .firstTask : .lastTask)) : nil
        },
        KeyBinding([.key(.enter)], .tasksTab, "Enter", hint: "open", help: "Open the task in the task view (a log backup round has none)") {
            _, state in
            hasTasks(state) ? .send(.history(.openTask)) : nil
        },
    ]

    /// Whether the shown cluster's Tasks tab has rows.
    static func hasTasks(_ state: ConsoleState) -> Bool {
        guard let id = state.detailClusterId else { return false }
        return state.taskLists[id]?.value?.entries.isEmpty == false
    }
}
