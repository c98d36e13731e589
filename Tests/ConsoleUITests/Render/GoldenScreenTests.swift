import ConsoleCore
import Testing

@testable import ConsoleUI

/// Every screen at 80×24 and 120×40, as text with its role and style layers.
@Suite struct GoldenScreenTests {
    static let sizes = [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120)]

    /// Each scene as the app draws it: after the renderer's scroll extent reached the state.
    @Test(arguments: Scene.all, GoldenScreenTests.sizes)
    func screen(scene: Scene, size: Size) throws {
        let screen = ConsoleRenderer.render(ScrollScreenTests.scrolled(scene, size: size, []), size: size, options: scene.options)
        try Golden.check(screen.annotated, named: "\(scene.name)-\(size.columns)x\(size.rows)")
    }

    @Test(arguments: [Size(rows: 24, columns: 79), Size(rows: 8, columns: 30)])
    func tooSmall(size: Size) throws {
        let screen = ConsoleRenderer.render(Scene.listWithDetail.state, size: size)
        try Golden.check(screen.annotated, named: "too-small-\(size.columns)x\(size.rows)")
        #expect(screen.text.contains("now \(size)"))
    }

    @Test func recoversWhenTheTerminalGrows() {
        let state = Scene.listWithDetail.state
        let small = ConsoleRenderer.render(state, size: Size(rows: 8, columns: 30))
        let large = ConsoleRenderer.render(state, size: Size(rows: 24, columns: 80))
        #expect(small.find("too small") != nil)
        #expect(large.find("too small") == nil)
        #expect(large.find("alpha") != nil)
    }

    @Test func controlCharactersNeverReachTheScreen() {
        for size in Self.sizes {
            let screen = ConsoleRenderer.render(Scene.listWithDetail.state, size: size)
            #expect(!screen.text.unicodeScalars.contains { $0 == "\u{1B}" || $0 == "\u{07}" })
        }
    }

    @Test(arguments: [Scene.ascii, Scene.asciiGrid, Scene.help])
    func asciiScreensHoldOnlyASCII(scene: Scene) {
        var options = scene.options
        options.lineSet = .ascii
        for size in Self.sizes {
            let screen = ConsoleRenderer.render(scene.state, size: size, options: options)
            let nonASCII = screen.text.filter { !$0.isASCII }
            #expect(nonASCII.isEmpty, "\(scene.name) at \(size): \(nonASCII)")
        }
    }

    @Test func secretsAreMasked() {
        for size in Self.sizes {
            let storage = ConsoleRenderer.render(Scene.storageOSS.state, size: size)
            #expect(storage.find("very-secret-value") == nil)
            #expect(storage.find("••••••••") != nil)
            let review = Scene.reviewOSS.state
            #expect(review.wizard?.step == .review)
            #expect(!ConsoleRenderer.render(review, size: size).text.contains("very-secret"))
        }
    }
}
