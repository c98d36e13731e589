import ConsoleUI
import Testing

@Suite struct ThemeTests {
    @Test func monochromeUsesNoColourButStillMarksTheSelection() {
        #expect(!Theme.monochrome.usesColor)
        for role in Role.allCases {
            let appearance = Theme.monochrome.appearance(for: role)
            #expect(appearance.foreground == .terminalDefault && appearance.background == .terminalDefault)
        }
        #expect(Theme.monochrome.appearance(for: .selection).style.contains(.reverse))
    }

    @Test func colourThemesGiveEveryRoleAnAppearance() {
        for theme in [Theme.standard, .sixteenColor] {
            #expect(theme.usesColor)
            #expect(Set(theme.appearances.keys) == Set(Role.allCases))
        }
    }

    @Test func selectionFollowsNoColorAndTheColourCount() {
        #expect(Theme.select(colorDisabled: true, colorCount: 256) == .monochrome)
        #expect(Theme.select(colorDisabled: false, colorCount: 256) == .standard)
        #expect(Theme.select(colorDisabled: false, colorCount: 8) == .sixteenColor)
        #expect(Theme.select(colorDisabled: false, colorCount: 2) == .monochrome)
    }

    @Test func paletteColoursFallBackOnSmallTerminals() {
        let color = TerminalColor.palette(117, fallback: 6)
        #expect(color.number(forColorCount: 256) == 117)
        #expect(color.number(forColorCount: 8) == 6)
        #expect(TerminalColor.standard(9).number(forColorCount: 8) == 1)
        #expect(TerminalColor.standard(9).number(forColorCount: 16) == 9)
        #expect(TerminalColor.terminalDefault.number(forColorCount: 256) == -1)
    }

    @Test func annotationMarksAreDistinct() {
        let marks = Role.allCases.map(\.mark)
        #expect(Set(marks).count == marks.count)
        #expect(Style([.bold, .reverse]).mark == "+")
        #expect(Style().mark == " ")
    }
}
