import ConsoleCore
import Localization

extension KeyMap {
    /// The task view: steps, the log, refresh, retry, back.
    static let taskViewBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.escape)], .taskView, "Esc", hint: Bilingual("back", "返回"),
            help: Bilingual("Close the task view (its refreshing stops)", "关闭任务视图（停止刷新）"), .send(.task(.close))),
        KeyBinding(
            [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], .taskView, "↑↓ jk", hint: Bilingual("step", "步骤"),
            help: Bilingual("Choose the previous or next step; its log is shown", "选择上一个或下一个步骤，并显示其日志")
        ) { key, state in
            state.taskView?.task.value == nil ? nil : .send(.task(key == .up || key == .character("k") ? .previousSubtask : .nextSubtask))
        },
        KeyBinding(
            [.key(.character("f"))], .taskView, "f", hint: .empty,
            help: Bilingual("Follow the task again: show the failed or running step's log", "重新跟随任务：显示失败或运行中步骤的日志")
        ) { _, state in
            state.taskView?.chosenSubtaskId == nil ? nil : .send(.task(.followTask))
        },
        KeyBinding(
            [.key(.pageUp), .key(.pageDown)], .taskView, "PgUp PgDn", hint: Bilingual("log", "日志"),
            help: Bilingual("Scroll the log one screen", "日志滚动一屏")
        ) { key, state in
            scroll(key == .pageUp ? .pageUp : .pageDown, in: state)
        },
        KeyBinding(
            [.key(.character("K")), .key(.character("J"))], .taskView, "K J", hint: .empty, help: Bilingual("Scroll the log one line", "日志滚动一行")
        ) { key, state in
            scroll(key == .character("K") ? .lineUp : .lineDown, in: state)
        },
        KeyBinding(
            [.key(.character("g")), .key(.home), .key(.character("G")), .key(.end)], .taskView, "g G", hint: .empty,
            help: Bilingual("The log's first or last lines (Home, End)", "日志的开头或结尾（Home、End）")
        ) { key, state in
            scroll(key == .character("g") || key == .home ? .top : .bottom, in: state)
        },
        KeyBinding(
            [.key(.character("v"))], .taskView, "v", hint: .empty,
            help: Bilingual("Log lines whole, or as time, level and message (the default)", "日志整行显示，或按时间、级别和消息显示（默认）"),
            .send(.task(.toggleWholeLogLines))),
        KeyBinding(
            [.key(.character("r"))], .taskView, "r", hint: Bilingual("refresh", "刷新"),
            help: Bilingual("Read the task and its log again now", "立即重新读取任务及其日志")
        ) { _, state in
            state.taskView?.taskId == nil ? nil : .send(.task(.refresh))
        },
        KeyBinding(
            [.key(.character("R"))], .taskView, "R", hint: Bilingual("retry", "重试"),
            help: Bilingual("Retry the failed task (asks first)", "重试失败的任务（先确认）"), .send(.operation(.retry))
        ).starting(.retry),
        KeyBinding(
            [.key(.character("?"))], .taskView, "?", hint: Bilingual("help", "帮助"), help: Bilingual("Help for the task view", "任务视图的帮助"),
            .send(.showHelp)),
        KeyBinding([.key(.character("q"))], .taskView, "q", hint: Bilingual("quit", "退出"), help: Bilingual("Quit", "退出"), .send(.quit)),
    ]
}
