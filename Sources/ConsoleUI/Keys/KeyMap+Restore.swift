import ConsoleCore
import Localization

extension KeyMap {
    /// The restore wizard: draft offer, lists, choices, text, the nearest times, the review,
    /// the typed confirmation and the outcome.
    static let restoreBindings: [KeyBinding] = restoreOfferAndOutcomeBindings + restoreFieldBindings + restoreStepBindings

    /// The saved-draft offer, the confirmation and the outcome.
    static let restoreOfferAndOutcomeBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter), .key(.character("y"))], .restoreDraftOffer, "Enter y", hint: Bilingual("restore", "恢复"),
            help: Bilingual("Continue the saved restore draft (type the secret again)", "继续已保存的恢复草稿（需重新输入密钥）"), .send(.restore(.restoreDraft))),
        KeyBinding(
            [.key(.character("n")), .key(.character("x"))], .restoreDraftOffer, "n x", hint: Bilingual("discard", "丢弃"),
            help: Bilingual("Drop the saved draft and start afresh", "丢弃已保存的草稿并重新开始"),
            .send(.restore(.discardDraft))),
        KeyBinding(
            [.key(.escape)], .restoreDraftOffer, "Esc", hint: Bilingual("close", "关闭"), help: Bilingual("Close the restore wizard", "关闭恢复向导"),
            .send(.back)),
        KeyBinding(
            [.key(.enter)], .restoreConfirm, "Enter", hint: Bilingual("send", "发送"),
            help: Bilingual("Send the restore, once, when the typed name is the new tenant's", "输入的名称与新租户一致时发送恢复请求（只发送一次）"),
            .send(.restore(.send))),
        KeyBinding(
            [.key(.enter)], .restoreOutcome, "Enter", hint: Bilingual("open task", "打开任务"),
            help: Bilingual("Open the restore's task and follow it", "打开恢复任务并跟踪")
        ) { _, state in
            switch state.restore?.submission {
            case .succeeded(let ids, _)?: ids.isEmpty ? nil : .send(.restore(.openTask))
            case .reread(_, let found?)?: found.taskId == nil ? nil : .send(.restore(.openTask))
            default: nil
            }
        },
        KeyBinding(
            [.key(.character("r"))], .restoreOutcome, "r", hint: Bilingual("read again", "重新读取"),
            help: Bilingual("Read the restore tasks again after no answer", "未收到应答后重新读取恢复任务")
        ) {
            _, state in
            guard case .rereadFailed? = state.restore?.submission else { return nil }
            return .send(.restore(.rereadTasks))
        },
    ]

    /// Lists, choices, text and the nearest recoverable times.
    static let restoreFieldBindings: [KeyBinding] =
        [
            KeyBinding(
                [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], .restoreList, "↑↓ jk", hint: Bilingual("choose", "选择"),
                help: Bilingual("Choose the tenant or the target cluster", "选择租户或目标集群")
            ) { key, _ in
                .send(.restore(.choose(key == .up || key == .character("k") ? -1 : 1)))
            },
            KeyBinding(
                [.key(.character("["))], .restoreTime, "[", hint: Bilingual("earlier", "更早"),
                help: Bilingual("Take the latest recoverable time before the refused one", "采用被拒时间之前最近的可恢复时间"),
                .send(.restore(.takeEarlier))),
            KeyBinding(
                [.key(.character("]"))], .restoreTime, "]", hint: Bilingual("later", "更晚"),
                help: Bilingual("Take the earliest recoverable time after the refused one", "采用被拒时间之后最早的可恢复时间"),
                .send(.restore(.takeLater))),
            KeyBinding(
                [.key(.backspace)], .restoreText, "Backspace", hint: Bilingual("delete", "删除"),
                help: Bilingual("Delete the last character", "删除最后一个字符"), .send(.restore(.deleteBackward))),
            typing(.restoreText, help: Bilingual("Type into the field (q, ? and : type too)", "在字段中输入（q、? 和 : 也作为字符输入）")) { .restore(.typed($0)) },
            KeyBinding(
                [.key(.function(1))], .restoreText, "F1", hint: Bilingual("help", "帮助"),
                help: Bilingual("Help (? types a question mark here)", "帮助（此处 ? 输入问号）"), .send(.showHelp)),
            KeyBinding(
                [.key(.character(" "))], .restoreChoice, "Space", hint: Bilingual("toggle", "切换"), help: Bilingual("Change the choice", "更改选项"),
                .send(.restore(.toggle))),
            KeyBinding(
                [.key(.character("x"))], .restoreReview, "x", hint: Bilingual("export", "导出"),
                help: Bilingual(
                    "Export the request body as a YAML file ocpbackup restore --file takes (secrets as ******)",
                    "将请求体导出为 ocpbackup restore --file 可用的 YAML 文件（密钥写作 ******）")
            ) { _, state in
                state.restore?.step == .review ? .send(.restore(.export(path: nil))) : nil
            },
        ] + scrolling(.restoreReview, pageHelp: Bilingual("Scroll one screen (PgUp at the top: previous step)", "滚动一屏（在顶部按 PgUp：上一步）"))

    /// Fields, steps and leaving.
    static let restoreStepBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.tab), .key(.down)], .restoreFields, "Tab ↓", hint: Bilingual("field", "字段"),
            help: Bilingual("Next field (checks the one left)", "下一个字段（检查离开的字段）"),
            .send(.restore(.nextField))),
        KeyBinding(
            [.key(.backTab), .key(.up)], .restoreFields, "S-Tab ↑", hint: .empty, help: Bilingual("Previous field", "上一个字段"),
            .send(.restore(.previousField))),
        KeyBinding(
            [.key(.enter), .key(.pageDown)], .restoreFields, "Enter PgDn", hint: Bilingual("next", "下一步"),
            help: Bilingual("Next step (refused with reasons)", "下一步（不通过时说明原因）"),
            .send(.restore(.nextStep))),
        KeyBinding([.key(.pageUp)], .restore, "PgUp", hint: Bilingual("prev", "上一步"), help: Bilingual("Previous step", "上一步")) { _, state in
            state.restore?.submission.allowsEditing == true && state.restore?.step != .source ? .send(.restore(.previousStep)) : nil
        },
        KeyBinding(
            [.key(.escape)], .restore, "Esc", hint: Bilingual("close", "关闭"),
            help: Bilingual("Close the restore wizard (the draft stays saved)", "关闭恢复向导（草稿保留）"), .send(.back)),
        KeyBinding(
            [.key(.character("r"))], .restore, "r", hint: .empty, help: Bilingual("Read again what the step shows", "重新读取此步骤显示的内容"), .send(.refresh)),
        KeyBinding([.key(.character("?"))], .restore, "?", hint: Bilingual("help", "帮助"), help: Bilingual("Help", "帮助"), .send(.showHelp)),
        KeyBinding([.key(.character(":"))], .restore, ":", hint: .empty, help: Bilingual("Command palette", "命令面板"), .send(.openPalette)),
        KeyBinding(
            [.key(.character("q"))], .restore, "q", hint: .empty, help: Bilingual("Quit (asks when the draft would be lost)", "退出（草稿会丢失时先确认）"),
            .send(.quit)),
    ]
}
