import ConsoleCore
import Testing

@testable import ConsoleUI

/// The hints, the help and the README reference come from the table that dispatches.
@Suite struct KeyMapGenerationTests {
    let keys = KeyMap.standard

    /// Keys tried to find every key that does something.
    static let probes: [Key] =
        [
            .enter, .escape, .tab, .backTab, .backspace, .up, .down, .left, .right, .home, .end, .pageUp, .pageDown,
            .control("l"), .control("z"), .control("u"),
        ] + "abcdefghijklmnopqrstuvwxyzG/:?! 0123456[]".map { Key.character($0) }

    @Test(arguments: Scene.all)
    func everyHelpEntryDispatches(scene: Scene) {
        for section in keys.help(in: scene.state) {
            for entry in section.entries {
                #expect(keys.command(for: entry.sample, in: scene.state) != nil, "\(scene.name): \(entry.keys) in \(section.title)")
            }
        }
    }

    @Test(arguments: Scene.all)
    func everyDispatchingKeyIsInTheHelp(scene: Scene) {
        let state = scene.state
        let reachable = keys.reachable(in: state)
        for key in Self.probes where keys.command(for: key, in: state) != nil {
            let binding = keys.binding(for: key, in: state)
            #expect(reachable.contains { $0.keyLabel == binding?.keyLabel && $0.context == binding?.context }, "\(scene.name): \(key)")
            let documented = keys.help(in: state).flatMap(\.entries).contains { $0.keys == binding?.keyLabel }
            #expect(documented, "\(scene.name): \(key) dispatches but the help does not list it")
        }
    }

    @Test(arguments: Scene.all)
    func everyHintDispatches(scene: Scene) {
        let helpKeys = Set(keys.help(in: scene.state).flatMap(\.entries).map(\.keys))
        for hint in keys.hints(in: scene.state) {
            #expect(helpKeys.contains(hint.key), "\(scene.name): hint \(hint.key)")
        }
    }

    @Test func hintsFollowTheFocus() {
        let list = keys.hints(in: Scene.filtering.state).map(\.key)
        #expect(!list.contains("q"))
        let wizardText = keys.hints(in: Scene.storageOSS.state).map(\.label)
        #expect(!wizardText.contains("quit"))
        #expect(keys.hints(in: Scene.listWithDetail.state).contains(KeyHint(key: "e", label: "edit")))
    }

    @Test func markdownListsEveryBinding() {
        let markdown = keys.markdownReference()
        for binding in keys.bindings {
            #expect(markdown.contains("`\(binding.keyLabel.replacingOccurrences(of: "|", with: "\\|"))` | \(binding.help.english)"))
        }
        #expect(markdown.hasPrefix("### Command palette"))
    }
}
