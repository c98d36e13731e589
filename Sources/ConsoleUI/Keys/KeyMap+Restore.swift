import ConsoleCore

extension KeyMap {
    /// The restore wizard: draft offer, lists, choices, text, the nearest times, the review,
    /// the typed confirmation and the outcome.
    static let restoreBindings: [KeyBinding] = restoreOfferAndOutcomeBindings + restoreFieldBindings + restoreStepBindings

    /// The saved-draft offer, the confirmation and the outcome.
    static let restoreOfferAndOutcomeBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter), .key(.character("y"))], .restoreDraftOffer, "Enter y", hint: "restore",
            help: "Continue the saved restore draft (type the secret again)", .send(.restore(.restoreDraft))),
        KeyBinding(
            [.key(.character("n")), .key(.character("x"))], .restoreDraftOffer, "n x", hint: "discard", help: "Drop the saved draft and start afresh",
            .send(.restore(.discardDraft))),
        KeyBinding([.key(.escape)], .restoreDraftOffer, "Esc", hint: "close", help: "Close the restore wizard", .send(.back)),
        KeyBinding(
            [.key(.enter)], .restoreConfirm, "Enter", hint: "send", help: "Send the restore, once, when the typed name is the new tenant's",
            .send(.restore(.send))),
        KeyBinding([.key(.enter)], .restoreOutcome, "Enter", hint: "open task", help: "Open the restore's task and follow it") { _, state in
            switch state.restore?.submission {
            case .succeeded(let ids, _)?: ids.isEmpty ? nil : .send(.restore(.openTask))
            case .reread(_, let found?)?: found.taskId == nil ? nil : .send(.restore(.openTask))
            default: nil
            }
        },
        KeyBinding([.key(.character("r"))], .restoreOutcome, "r", hint: "read again", help: "Read the restore tasks again after no answer") {
            _, state in
            guard case .rereadFailed? = state.restore?.submission else { return nil }
            return .send(.restore(.rereadTasks))
        },
    ]

    /// Lists, choices, text and the nearest recoverable times.
    static let restoreFieldBindings: [KeyBinding] =
        [
            KeyBinding(
                [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], .restoreList, "↑↓ jk", hint: "choose",
                help: "Choose the tenant or the target cluster"
            ) { key, _ in
                .send(.restore(.choose(key == .up || key == .character("k") ? -1 : 1)))
            },
            KeyBinding(
                [.key(.character("["))], .restoreTime, "[", hint: "earlier", help: "Take the latest recoverable time before the refused one",
                .send(.restore(.takeEarlier))),
            KeyBinding(
                [.key(.character("]"))], .restoreTime, "]", hint: "later", help: "Take the earliest recoverable time after the refused one",
                .send(.restore(.takeLater))),
            KeyBinding(
                [.key(.backspace)], .restoreText, "Backspace", hint: "delete", help: "Delete the last character", .send(.restore(.deleteBackward))),
            typing(.restoreText, help: "Type into the field (q, ? and : type too)") { .restore(.typed($0)) },
            KeyBinding([.key(.function(1))], .restoreText, "F1", hint: "help", help: "Help (? types a question mark here)", .send(.showHelp)),
            KeyBinding([.key(.character(" "))], .restoreChoice, "Space", hint: "toggle", help: "Change the choice", .send(.restore(.toggle))),
            KeyBinding(
                [.key(.character("x"))], .restoreReview, "x", hint: "export",
                help: "Export the request body as a YAML file ocpbackup restore --file takes (secrets as ******)"
            ) { _, state in
                state.restore?.step == .review ? .send(.restore(.export(path: nil))) : nil
            },
        ] + scrolling(.restoreReview, pageHelp: "Scroll one screen (PgUp at the top: previous step)")

    /// Fields, steps and leaving.
    static let restoreStepBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.tab), .key(.down)], .restoreFields, "Tab ↓", hint: "field", help: "Next field (checks the one left)",
            .send(.restore(.nextField))),
        KeyBinding([.key(.backTab), .key(.up)], .restoreFields, "S-Tab ↑", hint: "", help: "Previous field", .send(.restore(.previousField))),
        KeyBinding(
            [.key(.enter), .key(.pageDown)], .restoreFields, "Enter PgDn", hint: "next", help: "Next step (refused with reasons)",
            .send(.restore(.nextStep))),
        KeyBinding([.key(.pageUp)], .restore, "PgUp", hint: "prev", help: "Previous step") { _, state in
            state.restore?.submission.allowsEditing == true && state.restore?.step != .source ? .send(.restore(.previousStep)) : nil
        },
        KeyBinding([.key(.escape)], .restore, "Esc", hint: "close", help: "Close the restore wizard (the draft stays saved)", .send(.back)),
        KeyBinding([.key(.character("r"))], .restore, "r", hint: "", help: "Read again what the step shows", .send(.refresh)),
        KeyBinding([.key(.character("?"))], .restore, "?", hint: "help", help: "Help", .send(.showHelp)),
        KeyBinding([.key(.character(":"))], .restore, ":", hint: "", help: "Command palette", .send(.openPalette)),
        KeyBinding([.key(.character("q"))], .restore, "q", hint: "", help: "Quit (asks when the draft would be lost)", .send(.quit)),
    ]
}
