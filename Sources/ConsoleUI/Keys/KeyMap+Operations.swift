import ConsoleCore
import Localization

extension KeyMap {
    /// The operation dialog: go on, choose full or incremental, read again, close.
    static let operationDialogBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter)], .operationDialog, "Enter", hint: Bilingual("go on", "继续"),
            help: Bilingual("Go on: next, send, open the task, or close", "继续：下一步、发送、打开任务或关闭")
        ) {
            _, state in
            operationDialog(state).flatMap { proceedLabel($0) == nil ? nil : .send(.operation(.proceed)) }
        }.hinting { state in operationDialog(state).flatMap(proceedLabel) ?? .empty },
        KeyBinding(
            [.key(.escape)], .operationDialog, "Esc", hint: Bilingual("cancel", "取消"),
            help: Bilingual("Close without sending (not while it is on its way)", "关闭且不发送（发送途中不可）")
        ) {
            _, state in
            switch operationDialog(state)?.step {
            case .sending?, .rereading?, nil: nil
            default: .send(.operation(.cancel))
            }
        },
        KeyBinding(
            [.key(.character("f"))], .operationDialog, "f", hint: Bilingual("full", "全量"), help: Bilingual("Back up now: a full backup", "立即备份：全量备份")
        ) { _, state in
            operationDialog(state)?.step == .choosing ? .send(.operation(.choose(.full))) : nil
        },
        KeyBinding(
            [.key(.character("i"))], .operationDialog, "i", hint: Bilingual("incremental", "增量"),
            help: Bilingual("Back up now: an incremental backup", "立即备份：增量备份")
        ) {
            _, state in
            operationDialog(state)?.step == .choosing ? .send(.operation(.choose(.incremental))) : nil
        },
        KeyBinding(
            [.key(.left), .key(.right), .key(.tab)], .operationDialog, "←→ Tab", hint: .empty,
            help: Bilingual("Switch between full and incremental", "在全量与增量之间切换")
        ) {
            _, state in
            operationDialog(state)?.step == .choosing ? .send(.operation(.toggleKind)) : nil
        },
        KeyBinding(
            [.key(.character("r"))], .operationDialog, "r", hint: Bilingual("read again", "重新读取"),
            help: Bilingual("Read again what could not be read", "重新读取未能读取的内容")
        ) {
            _, state in
            guard case .finished(.unreadable)? = operationDialog(state)?.step else { return nil }
            return .send(.operation(.readAgain))
        },
    ]

    /// The open operation dialog.
    static func operationDialog(_ state: ConsoleState) -> OperationDialog? {
        if case .operation(let dialog)? = state.dialog { return dialog }
        return nil
    }

    /// What Enter does in `dialog`'s step, as the hint says it; `nil` when it does nothing.
    static func proceedLabel(_ dialog: OperationDialog) -> Bilingual? {
        switch dialog.step {
        case .choosing: Bilingual("next", "下一步")
        case .confirming: Bilingual("send", "发送")
        case .reading, .sending, .rereading: nil
        case .finished(let outcome):
            if outcome.taskId != nil {
                Bilingual("open task", "打开任务")
            } else if case .unknown(_, _, _?) = outcome {
                Bilingual("send again…", "再次发送…")
            } else {
                Bilingual("close", "关闭")
            }
        }
    }
}
