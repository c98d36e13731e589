import ConsoleCore
import Localization

extension KeyMap {
    /// Scrolling the detail pane and the review; each key does nothing while everything fits,
    /// except PgUp on the review, which at the top still goes back a step.
    static let scrollBindings: [KeyBinding] =
        scrolling(.detail, pageHelp: Bilingual("Scroll one screen", "滚动一屏"))
        + scrolling(.review, pageHelp: Bilingual("Scroll one screen (PgUp at the top: previous step)", "滚动一屏（在顶部按 PgUp：上一步）"))

    /// The line, page and end bindings of one scrollable context.
    static func scrolling(_ context: KeyContext, pageHelp: Bilingual) -> [KeyBinding] {
        [
            KeyBinding(
                [.key(.up), .key(.character("k")), .key(.down), .key(.character("j"))], context, "↑↓ jk", hint: Bilingual("scroll", "滚动"),
                help: Bilingual("Scroll one line", "滚动一行")
            ) { key, state in
                scroll(key == .up || key == .character("k") ? .lineUp : .lineDown, in: state)
            },
            KeyBinding([.key(.pageUp), .key(.pageDown)], context, "PgUp PgDn", hint: .empty, help: pageHelp) { key, state in
                if key == .pageUp, context == .review, state.scrollPosition(of: .review).isAtTop { return .send(.wizard(.previousStep)) }
                if key == .pageUp, context == .restoreReview, state.scrollPosition(of: .review).isAtTop { return .send(.restore(.previousStep)) }
                return scroll(key == .pageUp ? .pageUp : .pageDown, in: state)
            },
            KeyBinding(
                [.key(.character("g")), .key(.home), .key(.character("G")), .key(.end)], context, "g G", hint: .empty,
                help: Bilingual("Top or bottom (Home, End)", "顶部或底部（Home、End）")
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
