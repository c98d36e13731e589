import ConsoleCore
import Localization

extension KeyMap {
    /// The wizard: draft offer, fields, grid, steps, review and submission.
    static let wizardBindings: [KeyBinding] = draftAndSubmitBindings + fieldBindings + stepBindings

    /// The saved-draft offer and the submit confirmation.
    static let draftAndSubmitBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter), .key(.character("y"))], .draftOffer, "Enter y", hint: Bilingual("restore", "继续草稿"),
            help: Bilingual("Continue the saved draft (type secrets again)", "继续已保存的草稿（需重新输入密钥）"), .send(.wizard(.restoreDraft))),
        KeyBinding(
            [.key(.character("n")), .key(.character("x"))], .draftOffer, "n x", hint: Bilingual("discard", "丢弃"),
            help: Bilingual("Drop the saved draft and start afresh", "丢弃已保存的草稿并重新开始"), .send(.wizard(.discardDraft))),
        KeyBinding([.key(.escape)], .draftOffer, "Esc", hint: Bilingual("close", "关闭"), help: Bilingual("Close the wizard", "关闭向导"), .send(.back)),
        KeyBinding(
            [.key(.character("y")), .key(.enter)], .submitConfirm, "y Enter", hint: Bilingual("send", "发送"),
            help: Bilingual("Send the request to OCP, once", "向 OCP 发送请求，仅一次"),
            .send(.wizard(.confirmSubmit))),
        KeyBinding(
            [.key(.character("n")), .key(.escape)], .submitConfirm, "n Esc", hint: Bilingual("back", "返回"),
            help: Bilingual("Do not send; stay on the review", "不发送；留在审阅页"),
            .send(.wizard(.cancelSubmit))),
    ]

    /// Typing, toggling and the grid.
    static let fieldBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.backspace)], .wizardText, "Backspace", hint: Bilingual("delete", "删除"), help: Bilingual("Delete the last character", "删除最后一个字符"),
            .send(.wizard(.deleteBackward))),
        typing(.wizardText, help: Bilingual("Type into the field (q, ? and : type too)", "在字段中输入（q、? 和 : 也会输入）")) { .wizard(.typed($0)) },
        KeyBinding(
            [.key(.function(1))], .wizardText, "F1", hint: Bilingual("help", "帮助"),
            help: Bilingual("Help (? types a question mark here)", "帮助（此处 ? 输入问号）"), .send(.showHelp)),
        KeyBinding(
            [.key(.left), .key(.right), .key(.up), .key(.down)], .wizardGrid, "←→↑↓", hint: Bilingual("day", "日期"),
            help: Bilingual("Move the day cursor (↑↓ a week in the month grid)", "移动日期光标（月视图中 ↑↓ 移动一周）")
        ) { key, _ in
            let direction: GridDirection =
                switch key {
                case .left: .left
                case .right: .right
                case .up: .up
                default: .down
                }
            return .send(.wizard(.moveCell(direction)))
        },
        KeyBinding(
            [.key(.character(" "))], .wizardChoice, "Space", hint: Bilingual("toggle", "切换"),
            help: Bilingual("Change the choice; on a day: none → Full → Incremental", "更改选项；在某天上：无 → 全量 → 增量"), .send(.wizard(.toggle))),
    ]

    /// Fields, steps, review and leaving.
    static let stepBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter)], .review, "Enter", hint: Bilingual("submit", "提交"),
            help: Bilingual("Submit (asks to confirm); after success, close", "提交（先确认）；成功后关闭")
        ) { _, state in
            guard let submission = state.wizard?.submission else { return nil }
            if case .succeeded = submission { return .send(.wizard(.close)) }
            return submission.allowsSubmit ? .send(.wizard(.submit)) : nil
        },
        KeyBinding(
            [.key(.character("r"))], .review, "r", hint: Bilingual("re-read", "重新读取"),
            help: Bilingual("Read the strategy again after an unknown outcome", "结果未知后重新读取备份策略")
        ) {
            _, state in
            guard case .rereadFailed? = state.wizard?.submission else { return nil }
            return .send(.wizard(.rereadStrategy))
        },
        KeyBinding(
            [.key(.character("x"))], .review, "x", hint: Bilingual("export", "导出"),
            help: Bilingual("Export the request body as a YAML strategy file (:export PATH names it)", "将请求体导出为 YAML 策略文件（:export 路径 指定文件名）"),
            .send(.wizard(.export(path: nil)))),
        KeyBinding(
            [.key(.tab), .key(.down)], .wizardFields, "Tab ↓", hint: Bilingual("field", "字段"),
            help: Bilingual("Next field (checks the one left)", "下一个字段（检查离开的字段）"),
            .send(.wizard(.nextField))),
        KeyBinding(
            [.key(.backTab), .key(.up)], .wizardFields, "S-Tab ↑", hint: .empty, help: Bilingual("Previous field", "上一个字段"),
            .send(.wizard(.previousField))),
        KeyBinding(
            [.key(.enter), .key(.pageDown)], .wizardFields, "Enter PgDn", hint: Bilingual("next", "下一步"),
            help: Bilingual("Next step (refused with reasons)", "下一步（不满足时说明原因）"),
            .send(.wizard(.nextStep))),
        KeyBinding(
            [.key(.pageUp)], .wizard, "PgUp", hint: Bilingual("prev", "上一步"), help: Bilingual("Previous step", "上一步"), .send(.wizard(.previousStep))),
        KeyBinding(
            [.key(.escape)], .wizard, "Esc", hint: Bilingual("close", "关闭"),
            help: Bilingual("Close the wizard (the draft stays saved)", "关闭向导（草稿仍保存）"), .send(.back)),
        KeyBinding([.key(.character("?"))], .wizard, "?", hint: Bilingual("help", "帮助"), help: Bilingual("Help", "帮助"), .send(.showHelp)),
        KeyBinding([.key(.character(":"))], .wizard, ":", hint: .empty, help: Bilingual("Command palette", "命令面板"), .send(.openPalette)),
        KeyBinding(
            [.key(.character("q"))], .wizard, "q", hint: .empty, help: Bilingual("Quit (asks when the draft would be lost)", "退出（草稿会丢失时先确认）"),
            .send(.quit)),
    ]
}
