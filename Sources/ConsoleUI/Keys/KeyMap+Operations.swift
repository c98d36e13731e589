import ConsoleCore

extension KeyMap {
    /// The operation dialog: go on, choose full or incremental, read again, close.
    static let operationDialogBindings: [KeyBinding] = [
        KeyBinding([.key(.enter)], .operationDialog, "Enter", hint: "go on", help: "Go on: next, send, open the task, or close") {
            _, state in
            operationDialog(state).flatMap { proceedLabel($0) == nil ? nil : .send(.operation(.proceed)) }
        }.hinting { state in operationDialog(state).flatMap(proceedLabel) ?? "" },
        KeyBinding([.key(.escape)], .operationDialog, "Esc", hint: "cancel", help: "Close without sending (not while it is on its way)") {
            _, state in
            switch operationDialog(state)?.step {
            case .sending?, .rereading?, nil: nil
            default: .send(.operation(.cancel))
            }
        },
        KeyBinding([.key(.character("f"))], .operationDialog, "f", hint: "full", help: "Back up now: a full backup") { _, state in
            operationDialog(state)?.step == .choosing ? .send(.operation(.choose(.full))) : nil
        },
        KeyBinding([.key(.character("i"))], .operationDialog, "i", hint: "incremental", help: "Back up now: an incremental backup") {
            _, state in
            operationDialog(state)?.step == .choosing ? .send(.operation(.choose(.incremental))) : nil
        },
        KeyBinding([.key(.left), .key(.right), .key(.tab)], .operationDialog, "←→ Tab", hint: "", help: "Switch between full and incremental") {
            _, state in
            operationDialog(state)?.step == .choosing ? .send(.operation(.toggleKind)) : nil
        },
        KeyBinding([.key(.character("r"))], .operationDialog, "r", hint: "read again", help: "Read again what could not be read") {
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
    static func proceedLabel(_ dialog: OperationDialog) -> String? {
        switch dialog.step {
        case .choosing: "next"
        case .confirming: "send"
        case .reading, .sending, .rereading: nil
        case .finished(let outcome):
            if outcome.taskId != nil {
                "open task"
            } else if case .unknown(_, _, _?) = outcome {
                "send again…"
            } else {
                "close"
            }
        }
    }
}
