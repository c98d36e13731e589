import ConsoleCore
import Testing

@testable import ConsoleUI

/// What keys do in each context.
@Suite struct KeyMapDispatchTests {
    let keys = KeyMap.standard

    @Test func listKeys() {
        let state = Scene.listWithDetail.state
        var list = state
        list.focus = .list
        #expect(keys.command(for: .down, in: list) == .send(.list(.moveDown)))
        #expect(keys.command(for: .character("j"), in: list) == .send(.list(.moveDown)))
        #expect(keys.command(for: .character("k"), in: list) == .send(.list(.moveUp)))
        #expect(keys.command(for: .pageDown, in: list) == .send(.list(.pageDown)))
        #expect(keys.command(for: .character("g"), in: list) == .send(.list(.jumpToStart)))
        #expect(keys.command(for: .character("G"), in: list) == .send(.list(.jumpToEnd)))
        #expect(keys.command(for: .enter, in: list) == .send(.openDetail))
        #expect(keys.command(for: .character("/"), in: list) == .send(.list(.beginFilter)))
        #expect(keys.command(for: .character(":"), in: list) == .send(.openPalette))
        #expect(keys.command(for: .character("?"), in: list) == .send(.showHelp))
        #expect(keys.command(for: .character("r"), in: list) == .send(.refresh))
        #expect(keys.command(for: .character("s"), in: list) == .send(.list(.cycleSort)))
        #expect(keys.command(for: .character("q"), in: list) == .send(.quit))
        #expect(keys.command(for: .tab, in: list) == .send(.focusNextPane))
        #expect(keys.command(for: .backTab, in: list) == .send(.focusPreviousPane))
        #expect(keys.command(for: .control("l"), in: list) == .redraw)
        #expect(keys.command(for: .control("z"), in: list) == .suspend)
        #expect(keys.command(for: .character("x"), in: list) == nil)
    }

    @Test func detailKeys() {
        let state = Scene.listWithDetail.state
        #expect(state.focus == .detail)
        #expect(keys.command(for: .character("n"), in: state) == .send(.newStrategy))
        #expect(keys.command(for: .character("e"), in: state) == .send(.editStrategy))
        #expect(keys.command(for: .character("d"), in: state) == .send(.deleteStrategy))
        #expect(keys.command(for: .escape, in: state) == .send(.back))
    }

    @Test func numberKeysAndBracketsShowTheDetailTabsFromTheListAndTheDetail() {
        var list = Scene.listWithDetail.state
        list.focus = .list
        for state in [list, Scene.listWithDetail.state] {
            #expect(keys.command(for: .character("1"), in: state) == .send(.detail(.selectTab(.overview))))
            #expect(keys.command(for: .character("5"), in: state) == .send(.detail(.selectTab(.recoverable))))
            #expect(keys.command(for: .character("]"), in: state) == .send(.detail(.nextTab)))
            #expect(keys.command(for: .character("["), in: state) == .send(.detail(.previousTab)))
            #expect(keys.command(for: .character("6"), in: state) == nil)
        }
        #expect(keys.command(for: .character("1"), in: Scene.filtering.state) == .send(.list(.filterTyped("1"))), "a filter types digits")
        #expect(keys.command(for: .character("2"), in: Scene.palette.state) == .send(.dialogTyped("2")))
    }

    @Test func filterTypesEveryPrintableKey() {
        let state = Scene.filtering.state
        #expect(keys.command(for: .character("q"), in: state) == .send(.list(.filterTyped("q"))))
        #expect(keys.command(for: .character("?"), in: state) == .send(.list(.filterTyped("?"))))
        #expect(keys.command(for: .backspace, in: state) == .send(.list(.filterDeleteBackward)))
        #expect(keys.command(for: .enter, in: state) == .send(.list(.endFilter)))
        #expect(keys.command(for: .control("u"), in: state) == .send(.list(.filterCleared)))
    }

    @Test func dialogs() {
        #expect(keys.command(for: .character("q"), in: Scene.palette.state) == .send(.dialogTyped("q")))
        #expect(keys.command(for: .enter, in: Scene.palette.state) == .send(.dialogSubmit))
        #expect(keys.command(for: .escape, in: Scene.help.state) == .send(.back))
        #expect(keys.command(for: .character("a"), in: Scene.confirmDelete.state) == .send(.dialogTyped("a")))
        #expect(keys.command(for: .backspace, in: Scene.confirmDelete.state) == .send(.dialogDeleteBackward))
        #expect(keys.command(for: .enter, in: Scene.confirmDelete.state) == .send(.dialogSubmit))
    }

    @Test func wizardTextFieldTypesQ() {
        let state = Scene.storageOSS.state
        #expect(keys.command(for: .character("q"), in: state) == .send(.wizard(.typed("q"))))
        #expect(keys.command(for: .character(" "), in: state) == .send(.wizard(.typed(" "))))
        #expect(keys.command(for: .backspace, in: state) == .send(.wizard(.deleteBackward)))
        #expect(keys.command(for: .tab, in: state) == .send(.wizard(.nextField)))
        #expect(keys.command(for: .enter, in: state) == .send(.wizard(.nextStep)))
        #expect(keys.command(for: .escape, in: state) == .send(.back))
    }

    @Test func wizardGridAndChoices() {
        let grid = Scene.scheduleWeek.state
        #expect(keys.command(for: .character(" "), in: grid) == .send(.wizard(.toggle)))
        #expect(keys.command(for: .left, in: grid) == .send(.wizard(.moveCell(.left))))
        #expect(keys.command(for: .down, in: grid) == .send(.wizard(.moveCell(.down))))
        let choice = Scene.wizardMode.state
        #expect(keys.command(for: .character(" "), in: choice) == .send(.wizard(.toggle)))
        #expect(keys.command(for: .character("q"), in: choice) == .send(.quit))
        #expect(keys.command(for: .pageUp, in: choice) == .send(.wizard(.previousStep)))
    }

    @Test func reviewAndSubmission() {
        #expect(keys.command(for: .enter, in: Scene.reviewCreate.state) == .send(.wizard(.submit)))
        #expect(keys.command(for: .character("y"), in: Scene.submitConfirm.state) == .send(.wizard(.confirmSubmit)))
        #expect(keys.command(for: .escape, in: Scene.submitConfirm.state) == .send(.wizard(.cancelSubmit)))
        #expect(keys.command(for: .enter, in: Scene.submitSucceeded.state) == .send(.wizard(.close)))
    }
}
