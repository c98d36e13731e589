import ConsoleCore
import Localization
import Testing

@testable import ConsoleUI

/// Every golden scene again in Simplified Chinese, at 80×24 and 120×40: the screens as goldens
/// (`zh-CN-<scene>-<size>.txt`), and checks that Chinese text, two cells a character, still
/// fits where a cut would lose something a person needs.
@Suite struct ChineseScreenTests {
    /// Every scene, built through the reducer with the console in Chinese; the ASCII scenes
    /// (a terminal that is not UTF-8) are drawn in English (`LineSet.displayableLanguage`).
    static var scenes: [Scene] {
        SceneDriver.$language.withValue(.simplifiedChinese) { Scene.all }.filter { $0.options.lineSet == .unicode }
    }

    @Test func aTerminalThatIsNotUTF8GetsEnglish() {
        #expect(LineSet.ascii.displayableLanguage(.simplifiedChinese) == .english)
        #expect(LineSet.unicode.displayableLanguage(.simplifiedChinese) == .simplifiedChinese)
        #expect(LineSet.unicode.displayableLanguage(.english) == .english)
        #expect(Scene.all.filter { $0.options.lineSet == .ascii }.count >= 4, "the ASCII scenes stay English goldens")
    }

    @Test(arguments: ChineseScreenTests.scenes, GoldenScreenTests.sizes)
    func screen(scene: Scene, size: Size) throws {
        #expect(scene.state.language == .simplifiedChinese)
        let screen = ConsoleRenderer.render(ScrollScreenTests.scrolled(scene, size: size, []), size: size, options: scene.options)
        try Golden.check(screen.annotated, named: "zh-CN-\(scene.name)-\(size.columns)x\(size.rows)")
    }

    /// The hint bar keeps help and quit, and every hint it shows is whole (key and words).
    @Test(arguments: ChineseScreenTests.scenes, GoldenScreenTests.sizes)
    func hintsAreWhole(scene: Scene, size: Size) {
        let state = ScrollScreenTests.scrolled(scene, size: size, [])
        let screen = ConsoleRenderer.render(state, size: size, options: scene.options)
        let bar = screen.row(size.rows - 1)
        let hints = KeyMap.standard.hints(in: state)
        let shown = hints.filter { bar.contains(" \($0.label)  ") || bar.hasSuffix(" \($0.label)") }
        #expect(!shown.isEmpty, "\(scene.name) at \(size): no hint drawn whole in '\(bar)'")
        for hint in hints.suffix(2) {
            #expect(bar.contains("\(hint.key) \(hint.label)"), "\(scene.name) at \(size): the hint \(hint.key) \(hint.label) is cut")
        }
    }

    /// A Chinese screen cuts no more text with an ellipsis than the English screen of the same
    /// scene, and the titles a person steers by (the pane's, the tab's, the wizard step's, the
    /// fields' labels) are drawn whole.
    @Test(arguments: ChineseScreenTests.scenes, GoldenScreenTests.sizes)
    func nothingNeededIsClipped(scene: Scene, size: Size) throws {
        let chinese = ConsoleRenderer.render(ScrollScreenTests.scrolled(scene, size: size, []), size: size, options: scene.options)
        let english = try #require(Scene.all.first { $0.name == scene.name })
        let englishScreen = ConsoleRenderer.render(ScrollScreenTests.scrolled(english, size: size, []), size: size, options: english.options)
        func cuts(_ text: String) -> Int { text.split(separator: "\n").filter { $0.contains("…") }.count }
        #expect(cuts(chinese.text) <= cuts(englishScreen.text) + 1, "\(scene.name) at \(size):\n\(chinese.text)")
        let state = scene.state
        if state.dialog == nil, state.taskView == nil, let wizard = state.wizard, state.focus == .wizard {
            #expect(chinese.text.contains(wizard.step.title.chinese), "\(scene.name) at \(size): the step title is cut")
            if wizard.draftOffer == nil, wizard.step != .review {
                let fields = wizard.fields(of: wizard.step)
                let visible = fields.filter { chinese.text.contains($0.label.chinese) }
                #expect(visible.count >= min(fields.count, 3), "\(scene.name) at \(size): field labels are cut")
            }
        } else if state.dialog == nil, state.taskView == nil, state.restore == nil, state.detailClusterId != nil {
            #expect(chinese.text.contains(state.detailTab.title.chinese), "\(scene.name) at \(size): the tab title is cut")
        }
        for line in chinese.text.split(separator: "\n", omittingEmptySubsequences: false) {
            #expect(DisplayWidth.width(of: String(line)) == size.columns, "\(scene.name) at \(size): a row is not \(size.columns) cells")
        }
    }
}
