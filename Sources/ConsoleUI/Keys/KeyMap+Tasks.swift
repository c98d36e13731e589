import ConsoleCore

extension KeyMap {
    /// The task view: steps, the log, refresh, retry, back.
    static let taskViewBindings: [KeyBinding] = [
        KeyBinding([.key(.escape)], .taskView, "Esc", hint: "back", help: "Close the task view (its refreshing stops)", .send(.task(.close))),
        KeyBinding(
            [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], .taskView, "↑↓ jk", hint: "step",
            help: "Choose the previous or next step; its log is shown"
        ) { key, state in
            state.taskView?.task.value == nil ? nil : .send(.task(key == .up || key == .character("k") ? .previousSubtask : .nextSubtask))
        },
        KeyBinding(
            [.key(.character("f"))], .taskView, "f", hint: "", help: "Follow the task again: show the failed or running step's log"
        ) { _, state in
            state.taskView?.chosenSubtaskId == nil ? nil : .send(.task(.followTask))
        },
        KeyBinding([.key(.pageUp), .key(.pageDown)], .taskView, "PgUp PgDn", hint: "log", help: "Scroll the log one screen") { key, state in
            scroll(key == .pageUp ? .pageUp : .pageDown, in: state)
        },
        KeyBinding([.key(.character("K")), .key(.character("J"))], .taskView, "K J", hint: "", help: "Scroll the log one line") { key, state in
            scroll(key == .character("K") ? .lineUp : .lineDown, in: state)
        },
        KeyBinding(
            [.key(.character("g")), .key(.home), .key(.character("G")), .key(.end)], .taskView, "g G", hint: "",
            help: "The log's first or last lines (Home, End)"
        ) { key, state in
            scroll(key == .character("g") || key == .home ? .top : .bottom, in: state)
        },
        KeyBinding(
            [.key(.character("v"))], .taskView, "v", hint: "",
            help: "Log lines whole, or as time, level and message (the default)", .send(.task(.toggleWholeLogLines))),
        KeyBinding([.key(.character("r"))], .taskView, "r", hint: "refresh", help: "Read the task and its log again now") { _, state in
            state.taskView?.taskId == nil ? nil : .send(.task(.refresh))
        },
        KeyBinding(
            [.key(.character("R"))], .taskView, "R", hint: "retry", help: "Retry the failed task (asks first)", .send(.operation(.retry))
        ).starting(.retry),
        KeyBinding([.key(.character("?"))], .taskView, "?", hint: "help", help: "Help for the task view", .send(.showHelp)),
        KeyBinding([.key(.character("q"))], .taskView, "q", hint: "quit", help: "Quit", .send(.quit)),
    ]
}
