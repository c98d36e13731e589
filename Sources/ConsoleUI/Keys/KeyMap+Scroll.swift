import ConsoleCore

extension KeyMap {
    /// Scrolling the detail pane and the review; each key does nothing while everything fits,
    /// except PgUp on the review, which at the top still goes back a step.
    static let scrollBindings: [KeyBinding] =
        scrolling(.detail, pageHelp: "Scroll one screen")
        + scrolling(.review, pageHelp: "Scroll one screen (PgUp at the top: previous step)")

    /// The line, page and end bindings of one scrollable context.
    static func scrolling(_ context: KeyContext, pageHelp: String) -> [KeyBinding] {
        [
            KeyBinding(
                [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], context, "↑↓ jk", hint: "scroll",
                help: "Scroll one line"
            ) { key, state in
                scroll(key == .up || key == .character("k") ? .lineUp : .lineDown, in: state)
            },
            KeyBinding([.key(.pageUp), .key(.pageDown)], context, "PgUp PgDn", hint: "", help: pageHelp) { key, state in
                if key == .pageUp, context == .review, state.scrollPosition(of: .review).isAtTop { return .send(.wizard(.previousStep)) }
                if key == .pageUp, context == .restoreReview, state.scrollPosition(of: .review).isAtTop { return .send(.restore(.previousStep)) }
                return scroll(key == .pageUp ? .pageUp : .pageDown, in: state)
            },
            KeyBinding(
                [.key(.character("g")), .key(.home), .key(.character("G")), .key(.end)], context, "g G", hint: "",
                help: "Top or bottom (Home, End)"
            ) { key, state in
                scroll(key == .character("g") || key == .home ? .top : .bottom, in: state)
            },
        ]
    }

    /// Sends the move when the focused pane has more lines than rows.
    static func scroll(_ move: ScrollMove, in state: ConsoleState) -> KeyCommand? {
        guard let area = state.focusedScrollArea, state.scrollPosition(of: area).canScroll else { return nil }
        return .send(.scroll(move))
    }
}
