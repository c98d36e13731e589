import ConsoleCore
import Localization

extension KeyMap {
    /// The Tasks tab: a cursor over the tasks, Enter opens one.
    static let tasksTabBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], .tasksTab, "↑↓ jk", hint: Bilingual("move", "移动"),
            help: Bilingual("Move over the tasks", "在任务之间移动")
        ) { key, state in
            hasTasks(state) ? .send(.history(key == .up || key == .character("k") ? .previousTask : .nextTask)) : nil
        },
        KeyBinding([.key(.home), .key(.end)], .tasksTab, "Home End", hint: .empty, help: Bilingual("The newest or the oldest task", "最新或最早的任务")) {
            key, state in
            hasTasks(state) ? .send(.history(key == .home ? .firstTask : .lastTask)) : nil
        },
        KeyBinding(
            [.key(.enter)], .tasksTab, "Enter", hint: Bilingual("open", "打开"),
            help: Bilingual("Open the task in the task view (a log backup round has none)", "在任务视图中打开任务（日志备份轮次没有任务）")
        ) {
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
