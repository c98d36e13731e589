import ConsoleCore

extension KeyMap {
    /// The console's keys (anchors: k9s, htop, lazygit, dialog).
    public static let standard = KeyMap(
        bindings: dialogBindings + operationDialogBindings + taskViewBindings + wizardBindings + restoreBindings + tasksTabBindings + paneBindings
            + detailTabBindings
            + scrollBindings + alwaysBindings)

    /// Ctrl-L and Ctrl-Z work everywhere.
    static let alwaysBindings: [KeyBinding] = [
        KeyBinding([.key(.control("l"))], .always, "Ctrl-L", hint: "", help: "Redraw the screen", .redraw),
        KeyBinding([.key(.control("z"))], .always, "Ctrl-Z", hint: "", help: "Suspend to the shell (fg resumes)", .suspend),
    ]

    /// The palette, the help overlay and the confirmations.
    static let dialogBindings: [KeyBinding] = [
        KeyBinding([.key(.enter)], .palette, "Enter", hint: "run", help: "Run the typed command", .send(.dialogSubmit)),
        KeyBinding([.key(.escape)], .palette, "Esc", hint: "close", help: "Close the palette", .send(.back)),
        KeyBinding([.key(.backspace)], .palette, "Backspace", hint: "", help: "Delete the last character", .send(.dialogDeleteBackward)),
        typing(.palette, help: "Type a command (unique prefixes work: ref → refresh)") { .dialogTyped($0) },
        KeyBinding(
            [.key(.escape), .key(.enter), .key(.character("?")), .key(.character("q"))], .help, "Esc Enter ? q", hint: "close",
            help: "Close the help", .send(.back)),
        KeyBinding(
            [.key(.character("y")), .key(.enter)], .confirmQuit, "y Enter", hint: "quit",
            help: "Quit and drop the unsaved changes (the draft stays saved, without secrets)", .send(.dialogSubmit)),
        KeyBinding([.key(.character("n")), .key(.escape)], .confirmQuit, "n Esc", hint: "stay", help: "Stay in the console", .send(.back)),
        KeyBinding(
            [.key(.enter)], .confirmDelete, "Enter", hint: "delete", help: "Delete when the typed name matches the cluster's name",
            .send(.dialogSubmit)),
        KeyBinding([.key(.escape)], .confirmDelete, "Esc", hint: "cancel", help: "Keep the strategy", .send(.back)),
        KeyBinding([.key(.backspace)], .confirmDelete, "Backspace", hint: "", help: "Delete the last character", .send(.dialogDeleteBackward)),
        typing(.confirmDelete, help: "Type the cluster name") { .dialogTyped($0) },
    ]

    /// The cluster list, its filter and the detail pane.
    static let paneBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter), .key(.escape)], .filter, "Enter Esc", hint: "done", help: "Stop typing; the filter stays",
            .send(.list(.endFilter))),
        KeyBinding(
            [.key(.backspace)], .filter, "Backspace", hint: "delete", help: "Delete the filter's last character",
            .send(.list(.filterDeleteBackward))),
        KeyBinding([.key(.control("u"))], .filter, "Ctrl-U", hint: "clear", help: "Clear the filter", .send(.list(.filterCleared))),
        KeyBinding([.key(.up), .key(.down)], .filter, "↑↓", hint: "", help: "Move while filtering") { key, _ in
            .send(.list(key == .up ? .moveUp : .moveDown))
        },
        typing(.filter, help: "Type to filter by name, version or status (! first: only clusters with problems)") { .list(.filterTyped($0)) },
        KeyBinding(
            [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], .list, "↑↓ jk", hint: "move",
            help: "Move the cursor"
        ) { key, _ in
            .send(.list(key == .up || key == .character("k") ? .moveUp : .moveDown))
        },
        KeyBinding([.key(.pageUp), .key(.pageDown)], .list, "PgUp PgDn", hint: "", help: "Move one screen") { key, _ in
            .send(.list(key == .pageUp ? .pageUp : .pageDown))
        },
        KeyBinding(
            [.key(.character("g")), .key(.home), .key(.character("G")), .key(.end)], .list, "g G", hint: "",
            help: "First or last cluster (Home, End)"
        ) { key, _ in
            .send(.list(key == .character("g") || key == .home ? .jumpToStart : .jumpToEnd))
        },
        KeyBinding(
            [.key(.enter)], .list, "Enter", hint: "open", help: "Focus the cluster's detail (it follows the cursor; tabs 1–5)", .send(.openDetail)),
        KeyBinding(
            [.key(.character("/"))], .list, "/", hint: "filter",
            help: "Filter the list by name, version or status; ! first keeps clusters with problems", .send(.list(.beginFilter))),
        KeyBinding([.key(.escape)], .list, "Esc", hint: "", help: "Clear the filter", .send(.list(.filterCleared))),
        KeyBinding(
            [.key(.character("s"))], .list, "s", hint: "sort", help: "Sort by name, version, status or health (worst first)", .send(.list(.cycleSort))
        ),
        KeyBinding([.key(.escape)], .detail, "Esc", hint: "back", help: "Back to the list", .send(.back)),
        KeyBinding([.key(.character("n"))], .panes, "n", hint: "new", help: "New backup strategy for the shown cluster", .send(.newStrategy))
            .starting(.create),
        KeyBinding([.key(.character("e"))], .panes, "e", hint: "edit", help: "Edit the shown cluster's strategy", .send(.editStrategy))
            .starting(.edit),
        KeyBinding(
            [.key(.character("d"))], .panes, "d", hint: "delete", help: "Delete the shown cluster's strategy (type its name)",
            .send(.deleteStrategy)
        ).starting(.delete),
        KeyBinding(
            [.key(.character("b"))], .panes, "b", hint: "backup", help: "Back up the shown cluster now, full or incremental (asks first)",
            .send(.operation(.backUpNow))
        ).starting(.backupNow),
        KeyBinding(
            [.key(.character("t"))], .panes, "t", hint: "restore",
            help: "Restore one of the shown cluster's tenants to a point in time (the restore wizard)", .send(.restore(.open(tenantId: nil)))
        ).starting(.restore),
        KeyBinding(
            [.key(.character("p"))], .panes, "p", hint: "pause",
            help: "Pause or resume the shown cluster's scheduled data backups (asks first)", .send(.operation(.pauseOrResume))
        ).starting(.schedule).hinting { state in
            switch OperationActions.resumes(state) {
            case true?: "resume"
            case false?: "pause"
            case nil: "pause/resume"
            }
        },
        KeyBinding(
            [.key(.character("R"))], .panes, "R", hint: "retry",
            help: "Open the shown cluster's latest data backup, which failed, and offer to retry it", .send(.operation(.retryLatest))
        ).starting(.retryLatest),
        KeyBinding(
            [.key(.character("r"))], .panes, "r", hint: "refresh", help: "Reload the focused pane (the list: the clusters and their health)",
            .send(.refresh)),
        KeyBinding([.key(.tab), .key(.backTab)], .panes, "Tab S-Tab", hint: "pane", help: "Next or previous pane") { key, _ in
            .send(key == .tab ? .focusNextPane : .focusPreviousPane)
        },
        KeyBinding([.key(.character(":"))], .panes, ":", hint: "cmd", help: "Command palette", .send(.openPalette)),
        KeyBinding([.key(.character("?"))], .panes, "?", hint: "help", help: "Help for the focused pane", .send(.showHelp)),
        KeyBinding([.key(.character("q"))], .panes, "q", hint: "quit", help: "Quit (asks when a draft would be lost)", .send(.quit)),
    ]

    /// A binding that types any printable character.
    static func typing(
        _ context: KeyContext, help: String, _ action: @escaping @Sendable (Character) -> ConsoleAction
    ) -> KeyBinding {
        KeyBinding([.printable], context, "text", hint: "", help: help) { key, _ in
            guard case .character(let character) = key else { return nil }
            return .send(action(character))
        }
    }
}
