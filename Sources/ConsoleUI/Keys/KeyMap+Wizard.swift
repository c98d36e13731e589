import ConsoleCore

extension KeyMap {
    /// The wizard: draft offer, fields, grid, steps, review and submission.
    static let wizardBindings: [KeyBinding] = draftAndSubmitBindings + fieldBindings + stepBindings

    /// The saved-draft offer and the submit confirmation.
    static let draftAndSubmitBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.enter), .key(.character("y"))], .draftOffer, "Enter y", hint: "restore",
            help: "Continue the saved draft (type secrets again)", .send(.wizard(.restoreDraft))),
        KeyBinding(
            [.key(.character("n")), .key(.character("x"))], .draftOffer, "n x", hint: "discard",
            help: "Drop the saved draft and start afresh", .send(.wizard(.discardDraft))),
        KeyBinding([.key(.escape)], .draftOffer, "Esc", hint: "close", help: "Close the wizard", .send(.back)),
        KeyBinding(
            [.key(.character("y")), .key(.enter)], .submitConfirm, "y Enter", hint: "send", help: "Send the request to OCP, once",
            .send(.wizard(.confirmSubmit))),
        KeyBinding(
            [.key(.character("n")), .key(.escape)], .submitConfirm, "n Esc", hint: "back", help: "Do not send; stay on the review",
            .send(.wizard(.cancelSubmit))),
    ]

    /// Typing, toggling and the grid.
    static let fieldBindings: [KeyBinding] = [
        KeyBinding(
            [.key(.backspace)], .wizardText, "Backspace", hint: "delete", help: "Delete the last character",
            .send(.wizard(.deleteBackward))),
        typing(.wizardText, help: "Type into the field (q, ? and : type too)") { .wizard(.typed($0)) },
        KeyBinding([.key(.function(1))], .wizardText, "F1", hint: "help", help: "Help (? types a question mark here)", .send(.showHelp)),
        KeyBinding(
            [.key(.left), .key(.right), .key(.up), .key(.down)], .wizardGrid, "←→↑↓", hint: "day",
            help: "Move the day cursor (↑↓ a week in the month grid)"
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
            [.key(.character(" "))], .wizardChoice, "Space", hint: "toggle",
            help: "Change the choice; on a day: none → Full → Incremental", .send(.wizard(.toggle))),
    ]

    /// Fields, steps, review and leaving.
    static let stepBindings: [KeyBinding] = [
        KeyBinding([.key(.enter)], .review, "Enter", hint: "submit", help: "Submit (asks to confirm); after success, close") { _, state in
            guard let submission = state.wizard?.submission else { return nil }
            if case .succeeded = submission { return .send(.wizard(.close)) }
            return submission.allowsSubmit ? .send(.wizard(.submit)) : nil
        },
        KeyBinding([.key(.character("r"))], .review, "r", hint: "re-read", help: "Read the strategy again after an unknown outcome") {
            _, state in
            guard case .rereadFailed? = state.wizard?.submission else { return nil }
            return .send(.wizard(.rereadStrategy))
        },
        KeyBinding(
            [.key(.character("x"))], .review, "x", hint: "export",
            help: "Export the request body as a YAML strategy file (:export PATH names it)",
            .send(.wizard(.export(path: nil)))),
        KeyBinding(
            [.key(.tab), .key(.down)], .wizardFields, "Tab ↓", hint: "field", help: "Next field (checks the one left)",
            .send(.wizard(.nextField))),
        KeyBinding(
            [.key(.backTab), .key(.up)], .wizardFields, "S-Tab ↑", hint: "", help: "Previous field", .send(.wizard(.previousField))),
        KeyBinding(
            [.key(.enter), .key(.pageDown)], .wizardFields, "Enter PgDn", hint: "next", help: "Next step (refused with reasons)",
            .send(.wizard(.nextStep))),
        KeyBinding([.key(.pageUp)], .wizard, "PgUp", hint: "prev", help: "Previous step", .send(.wizard(.previousStep))),
        KeyBinding([.key(.escape)], .wizard, "Esc", hint: "close", help: "Close the wizard (the draft stays saved)", .send(.back)),
        KeyBinding([.key(.character("?"))], .wizard, "?", hint: "help", help: "Help", .send(.showHelp)),
        KeyBinding([.key(.character(":"))], .wizard, ":", hint: "", help: "Command palette", .send(.openPalette)),
        KeyBinding([.key(.character("q"))], .wizard, "q", hint: "", help: "Quit (asks when the draft would be lost)", .send(.quit)),
    ]
}
