import ConsoleUI
import Testing

@Suite struct KeyDisplayNameTests {
    @Test func namedKeysReadAsInHelpScreens() {
        let names = [Key.enter, .escape, .backTab, .pageUp, .pageDown, .function(5), .control("l"), .alt("x"), .character(" "), .character("/")]
            .map { $0.displayName() }
        #expect(names == ["Enter", "Esc", "Shift-Tab", "PgUp", "PgDn", "F5", "Ctrl-L", "Alt-x", "Space", "/"])
    }

    @Test func arrowsFallBackToWordsWithoutUnicode() {
        #expect([Key.up, .down, .left, .right].map { $0.displayName() } == ["↑", "↓", "←", "→"])
        #expect([Key.up, .down, .left, .right].map { $0.displayName(unicode: false) } == ["Up", "Down", "Left", "Right"])
    }
}
