import ConsoleCore
import Testing

@testable import ConsoleUI

/// In read-only mode the keys that change OCP leave the hint bar, stay in the help marked
/// disabled, and still explain the refusal when pressed.
@Suite struct ReadOnlyKeyTests {
    let keys = KeyMap.standard

    @Test func mutationKeysLeaveTheHintBar() {
        let hints = keys.hints(in: Scene.readOnly.state).map(\.key)
        for key in ["n", "e", "d"] { #expect(!hints.contains(key), "\(key) is hinted in read-only mode") }
        #expect(hints.contains("r"))
        let writable = keys.hints(in: Scene.listWithDetail.state).map(\.key)
        #expect(writable.contains("n") || writable.contains("e"))
    }

    @Test func theHelpMarksThemDisabled() throws {
        let entries = keys.help(in: Scene.readOnly.state).flatMap(\.entries)
        for key in ["n", "e", "d", "b", "t", "p", "R"] {
            let entry = try #require(entries.first { $0.keys == key })
            #expect(entry.isDisabled)
            #expect(entry.text.hasPrefix("(read-only) "))
        }
        #expect(entries.filter(\.isDisabled).count == 7, "the strategy's n, e, d and the operations' b, t, p, R")
        #expect(!keys.help(in: Scene.listWithDetail.state).flatMap(\.entries).contains { $0.text.hasPrefix("(read-only) ") })
    }

    @Test func pressingThemStillSendsTheRefusedIntent() {
        let state = Scene.readOnly.state
        #expect(keys.command(for: .character("n"), in: state) == .send(.newStrategy))
        #expect(keys.command(for: .character("e"), in: state) == .send(.editStrategy))
        #expect(keys.command(for: .character("d"), in: state) == .send(.deleteStrategy))
        #expect(keys.command(for: .character("t"), in: state) == .send(.restore(.open(tenantId: nil))))
    }

    @Test(arguments: GoldenScreenTests.sizes)
    func readOnlyHelpScreen(size: Size) throws {
        var driver = SceneDriver()
        driver.state = Scene.readOnly.state
        driver.send(.showHelp)
        let screen = ConsoleRenderer.render(driver.state, size: size, options: Scene.readOnly.options)
        try Golden.check(screen.annotated, named: "read-only-help-\(size.columns)x\(size.rows)")
    }
}
