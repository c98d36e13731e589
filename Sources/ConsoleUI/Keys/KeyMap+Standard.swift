import ConsoleCore
import Localization

extension KeyMap {
    /// The console's keys (anchors: k9s, htop, lazygit, dialog).
    public static let standard = KeyMap(
        bindings: dialogBindings + operationDialogBindings + taskViewBindings + wizardBindings + restoreBindings + tasksTabBindings + paneBindings
            + detailTabBindings
            + scrollBindings + alwaysBindings)

    /// Ctrl-L and Ctrl-Z work everywhere.
    static let alwaysBindings: [KeyBinding] = [
        KeyBinding([.key(.control("l"))], .always, "Ctrl-L", hint: .empty, help: Bilingual("Redraw the screen", "重绘屏幕"), .redraw),
        KeyBinding(
            [.key(.control("z"))], .always, "Ctrl-Z", hint: .empty, help: Bilingual("Suspend to the shell (fg resumes)", "挂起到 shell（fg 继续）"), .suspend
        ),
    ]

    /// The palette, the help overlay and the confirmations.
    static let dialogBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter)], .palette, "Enter", hint: Bilingual("run", "执行"), help: Bilingual("Run the typed command", "执行输入的命令"), .send(.dialogSubmit)
        ),
        KeyBinding([.key(.escape)], .palette, "Esc", hint: Bilingual("close", "关闭"), help: Bilingual("Close the palette", "关闭命令面板"), .send(.back)),
        KeyBinding(
            [.key(.backspace)], .palette, "Backspace", hint: .empty, help: Bilingual("Delete the last character", "删除最后一个字符"),
            .send(.dialogDeleteBackward)),
        typing(.palette, help: Bilingual("Type a command (unique prefixes work: ref → refresh)", "输入命令（唯一前缀即可：ref → refresh）")) { .dialogTyped($0) },
        KeyBinding(
            [.key(.escape), .key(.enter), .key(.character("?")), .key(.character("q"))], .help, "Esc Enter ? q", hint: Bilingual("close", "关闭"),
            help: Bilingual("Close the help", "关闭帮助"), .send(.back)),
        KeyBinding(
            [.key(.character("y")), .key(.enter)], .confirmQuit, "y Enter", hint: Bilingual("quit", "退出"),
            help: Bilingual("Quit and drop the unsaved changes (the draft stays saved, without secrets)", "退出并丢弃未保存的修改（草稿仍保存，不含密钥）"),
            .send(.dialogSubmit)),
        KeyBinding(
            [.key(.character("n")), .key(.escape)], .confirmQuit, "n Esc", hint: Bilingual("stay", "留下"),
            help: Bilingual("Stay in the console", "留在控制台"), .send(.back)),
        KeyBinding(
            [.key(.enter)], .confirmDelete, "Enter", hint: Bilingual("delete", "删除"),
            help: Bilingual("Delete when the typed name matches the cluster's name", "输入的名称与集群名称一致时删除"),
            .send(.dialogSubmit)),
        KeyBinding(
            [.key(.escape)], .confirmDelete, "Esc", hint: Bilingual("cancel", "取消"), help: Bilingual("Keep the strategy", "保留备份策略"), .send(.back)),
        KeyBinding(
            [.key(.backspace)], .confirmDelete, "Backspace", hint: .empty, help: Bilingual("Delete the last character", "删除最后一个字符"),
            .send(.dialogDeleteBackward)),
        typing(.confirmDelete, help: Bilingual("Type the cluster name", "输入集群名称")) { .dialogTyped($0) },
    ]

    /// The cluster list, its filter and the detail pane.
    static let paneBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter), .key(.escape)], .filter, "Enter Esc", hint: Bilingual("done", "完成"),
            help: Bilingual("Stop typing; the filter stays", "结束输入；筛选保留"),
            .send(.list(.endFilter))),
        KeyBinding(
            [.key(.backspace)], .filter, "Backspace", hint: Bilingual("delete", "删除"),
            help: Bilingual("Delete the filter's last character", "删除筛选的最后一个字符"),
            .send(.list(.filterDeleteBackward))),
        KeyBinding(
            [.key(.control("u"))], .filter, "Ctrl-U", hint: Bilingual("clear", "清除"), help: Bilingual("Clear the filter", "清除筛选"),
            .send(.list(.filterCleared))),
        KeyBinding([.key(.up), .key(.down)], .filter, "↑↓", hint: .empty, help: Bilingual("Move while filtering", "筛选时移动")) { key, _ in
            .send(.list(key == .up ? .moveUp : .moveDown))
        },
        typing(
            .filter,
            help: Bilingual("Type to filter by name, version or status (! first: only clusters with problems)", "输入以按名称、版本或状态筛选（以 ! 开头：只看有问题的集群）")
        ) { .list(.filterTyped($0)) },
        KeyBinding(
            [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], .list, "↑↓ jk", hint: Bilingual("move", "移动"),
            help: Bilingual("Move the cursor", "移动光标")
        ) { key, _ in
            .send(.list(key == .up || key == .character("k") ? .moveUp : .moveDown))
        },
        KeyBinding([.key(.pageUp), .key(.pageDown)], .list, "PgUp PgDn", hint: .empty, help: Bilingual("Move one screen", "移动一屏")) { key, _ in
            .send(.list(key == .pageUp ? .pageUp : .pageDown))
        },
        KeyBinding(
            [.key(.character("g")), .key(.home), .key(.character("G")), .key(.end)], .list, "g G", hint: .empty,
            help: Bilingual("First or last cluster (Home, End)", "第一个或最后一个集群（Home、End）")
        ) { key, _ in
            .send(.list(key == .character("g") || key == .home ? .jumpToStart : .jumpToEnd))
        },
        KeyBinding(
            [.key(.enter)], .list, "Enter", hint: Bilingual("open", "打开"),
            help: Bilingual("Focus the cluster's detail (it follows the cursor; tabs 1–5)", "聚焦集群详情（随光标变化；标签页 1–5）"), .send(.openDetail)),
        KeyBinding(
            [.key(.character("/"))], .list, "/", hint: Bilingual("filter", "筛选"),
            help: Bilingual("Filter the list by name, version or status; ! first keeps clusters with problems", "按名称、版本或状态筛选列表；以 ! 开头只保留有问题的集群"),
            .send(.list(.beginFilter))),
        KeyBinding([.key(.escape)], .list, "Esc", hint: .empty, help: Bilingual("Clear the filter", "清除筛选"), .send(.list(.filterCleared))),
        KeyBinding(
            [.key(.character("s"))], .list, "s", hint: Bilingual("sort", "排序"),
            help: Bilingual("Sort by name, version, status or health (worst first)", "按名称、版本、状态或健康度排序（最差在前）"), .send(.list(.cycleSort))
        ),
        KeyBinding([.key(.escape)], .detail, "Esc", hint: Bilingual("back", "返回"), help: Bilingual("Back to the list", "返回列表"), .send(.back)),
        KeyBinding(
            [.key(.character("n"))], .panes, "n", hint: Bilingual("new", "新建"),
            help: Bilingual("New backup strategy for the shown cluster", "为所示集群新建备份策略"), .send(.newStrategy)
        )
        .starting(.create),
        KeyBinding(
            [.key(.character("e"))], .panes, "e", hint: Bilingual("edit", "编辑"), help: Bilingual("Edit the shown cluster's strategy", "编辑所示集群的备份策略"),
            .send(.editStrategy)
        )
        .starting(.edit),
        KeyBinding(
            [.key(.character("d"))], .panes, "d", hint: Bilingual("delete", "删除"),
            help: Bilingual("Delete the shown cluster's strategy (type its name)", "删除所示集群的备份策略（需输入集群名称）"),
            .send(.deleteStrategy)
        ).starting(.delete),
        KeyBinding(
            [.key(.character("b"))], .panes, "b", hint: Bilingual("backup", "备份"),
            help: Bilingual("Back up the shown cluster now, full or incremental (asks first)", "立即备份所示集群，全量或增量（先确认）"),
            .send(.operation(.backUpNow))
        ).starting(.backupNow),
        KeyBinding(
            [.key(.character("t"))], .panes, "t", hint: Bilingual("restore", "恢复"),
            help: Bilingual(
                "Restore one of the shown cluster's tenants to a point in time (the restore wizard)", "将所示集群的一个租户恢复到某个时间点（恢复向导）"),
            .send(.restore(.open(tenantId: nil)))
        ).starting(.restore),
        KeyBinding(
            [.key(.character("p"))], .panes, "p", hint: Bilingual("pause", "暂停"),
            help: Bilingual("Pause or resume the shown cluster's scheduled data backups (asks first)", "暂停或恢复调度所示集群的数据备份（先确认）"),
            .send(.operation(.pauseOrResume))
        ).starting(.schedule).hinting { state in
            switch OperationActions.resumes(state) {
            case true?: Bilingual("resume", "恢复调度")
            case false?: Bilingual("pause", "暂停")
            case nil: Bilingual("pause/resume", "暂停/恢复调度")
            }
        },
        KeyBinding(
            [.key(.character("R"))], .panes, "R", hint: Bilingual("retry", "重试"),
            help: Bilingual("Open the shown cluster's latest data backup, which failed, and offer to retry it", "打开所示集群最近一次失败的数据备份，并提供重试"),
            .send(.operation(.retryLatest))
        ).starting(.retryLatest),
        KeyBinding(
            [.key(.character("r"))], .panes, "r", hint: Bilingual("refresh", "刷新"),
            help: Bilingual("Reload the focused pane (the list: the clusters and their health)", "重新加载当前窗格（列表：集群及其健康度）"),
            .send(.refresh)),
        KeyBinding(
            [.key(.tab), .key(.backTab)], .panes, "Tab S-Tab", hint: Bilingual("pane", "窗格"), help: Bilingual("Next or previous pane", "下一个或上一个窗格")
        ) { key, _ in
            .send(key == .tab ? .focusNextPane : .focusPreviousPane)
        },
        KeyBinding(
            [.key(.character(":"))], .panes, ":", hint: Bilingual("cmd", "命令"), help: Bilingual("Command palette", "命令面板"), .send(.openPalette)),
        KeyBinding(
            [.key(.character("?"))], .panes, "?", hint: Bilingual("help", "帮助"), help: Bilingual("Help for the focused pane", "当前窗格的帮助"),
            .send(.showHelp)),
        KeyBinding(
            [.key(.character("q"))], .panes, "q", hint: Bilingual("quit", "退出"),
            help: Bilingual("Quit (asks when a draft would be lost)", "退出（草稿会丢失时先确认）"), .send(.quit)),
    ]

    /// A binding that types any printable character.
    static func typing(
        _ context: KeyContext, help: Bilingual, _ action: @escaping @Sendable (Character) -> ConsoleAction
    ) -> KeyBinding {
        KeyBinding([.printable], context, "text", hint: .empty, help: help) { key, _ in
            guard case .character(let character) = key else { return nil }
            return .send(action(character))
        }
    }
}
