import ConsoleCore
import Testing

@testable import ConsoleUI

/// The review and the detail pane scroll: the renderer reports their extent (as the app does
/// on every frame), scroll actions move them, and the screens are golden.
@Suite struct ScrollScreenTests {
    /// `scene`'s state after a frame at `size` (its layout feedback) and `moves`, as the app
    /// would get.
    static func scrolled(_ scene: Scene, size: Size, _ moves: [ScrollMove]) -> ConsoleState {
        let session = SceneDriver.session(scene.state, size: size, options: scene.options)
        _ = session.frame()
        for move in moves { session.send(.scroll(move)) }
        return session.state
    }

    @Test(arguments: GoldenScreenTests.sizes)
    func reviewScrolledToTheEnd(size: Size) throws {
        let state = Self.scrolled(Scene.reviewModify, size: size, [.bottom])
        let screen = ConsoleRenderer.render(state, size: size, options: Scene.reviewModify.options)
        try Golden.check(screen.annotated, named: "review-scrolled-\(size.columns)x\(size.rows)")
        let review = try #require(state.wizard?.review)
        let lastRun = try #require(review.nextRuns.last)
        #expect(screen.find(lastRun.scheduleText) != nil, "the last next run is reachable")
        #expect(screen.find("Request body") == nil || size.columns >= 100)
    }

    @Test(arguments: GoldenScreenTests.sizes)
    func reviewPagedOnce(size: Size) throws {
        let state = Self.scrolled(Scene.reviewOSS, size: size, [.pageDown])
        try Golden.check(
            ConsoleRenderer.render(state, size: size, options: Scene.reviewOSS.options).annotated, named: "review-paged-\(size.columns)x\(size.rows)")
    }

    @Test(arguments: GoldenScreenTests.sizes)
    func detailScrolledToTheEnd(size: Size) throws {
        let state = Self.scrolled(Scene.listWithDetail, size: size, [.bottom, .lineUp])
        try Golden.check(
            ConsoleRenderer.render(state, size: size, options: Scene.listWithDetail.options).annotated,
            named: "detail-scrolled-\(size.columns)x\(size.rows)")
    }

    @Test func theIndicatorSaysWhereTheReviewStands() throws {
        let size = Size(rows: 24, columns: 80)
        let top = ConsoleRenderer.render(Self.scrolled(Scene.reviewModify, size: size, []), size: size)
        let extent = try #require(ConsoleRenderer.scrollExtent(for: Scene.reviewModify.state, size: size))
        #expect(extent.area == .review)
        #expect(extent.lines > extent.rows)
        #expect(top.find("↓ lines 1–\(extent.rows) of \(extent.lines)") != nil)
        let bottom = ConsoleRenderer.render(Self.scrolled(Scene.reviewModify, size: size, [.bottom]), size: size)
        #expect(bottom.find("↑ lines \(extent.lines - extent.rows + 1)–\(extent.lines) of \(extent.lines)") != nil)
    }

    /// Every line of the pretty-printed body shows as it is, somewhere while scrolling; no line
    /// is reflowed into another.
    @Test(arguments: GoldenScreenTests.sizes)
    func theBodyShowsLineByLine(size: Size) throws {
        let scene = Scene.reviewModify
        let body = try #require(scene.state.wizard?.review?.body)
        var seen = ""
        let extent = try #require(ConsoleRenderer.scrollExtent(for: scene.state, size: size))
        for line in 0...extent.lines {
            let state = Self.scrolled(scene, size: size, Array(repeating: .lineDown, count: line))
            seen += ConsoleRenderer.render(state, size: size).text + "\n"
        }
        for line in body.split(separator: "\n") where line.count < 40 {
            #expect(seen.contains("│ " + line), "\(line)")
        }
    }

    @Test func aLongJSONLineContinuesWithAMark() {
        let line = "    \"storageUrl\" : \"" + String(repeating: "abcdefghij", count: 6) + "\","
        let lines = JSONLines.wrap(line, width: 30)
        #expect(lines.count == 4)
        #expect(lines.dropFirst().allSatisfy { $0.map(\.text).joined().hasPrefix("    ↪ ") })
        let rejoined = lines.enumerated().map { index, spans in
            let text = spans.map(\.text).joined()
            return index == 0 ? text : String(text.dropFirst("    ↪ ".count))
        }.joined()
        #expect(rejoined == line)
    }

    @Test func scrollingKeysAreQuietWhenEverythingFits() {
        let size = Size(rows: 40, columns: 120)
        let state = Self.scrolled(Scene.reviewCreate, size: size, [])
        let keys = KeyMap.standard
        #expect(keys.command(for: .down, in: state) == nil)
        #expect(keys.command(for: .pageUp, in: state) == .send(.wizard(.previousStep)))
        #expect(!keys.hints(in: state).map(\.label).contains("scroll"))
        let small = Self.scrolled(Scene.reviewCreate, size: Size(rows: 24, columns: 80), [.lineDown])
        #expect(keys.command(for: .character("j"), in: small) == .send(.scroll(.lineDown)))
        #expect(keys.command(for: .pageUp, in: small) == .send(.scroll(.pageUp)))
        #expect(keys.command(for: .end, in: small) == .send(.scroll(.bottom)))
        #expect(keys.hints(in: small).map(\.label).contains("scroll"))
    }
}

extension ScrollScreenTests {
    @Test func everyScrollKeyThatDispatchesIsInTheHelp() {
        let size = Size(rows: 24, columns: 80)
        let keys = KeyMap.standard
        for scene in [Scene.reviewModify, Scene.listWithDetail] {
            let state = Self.scrolled(scene, size: size, [.lineDown])
            let documented = Set(keys.help(in: state).flatMap(\.entries).map(\.keys))
            for key in KeyMapGenerationTests.probes where keys.command(for: key, in: state) != nil {
                #expect(documented.contains(keys.binding(for: key, in: state)?.keyLabel ?? ""), "\(scene.name): \(key)")
            }
        }
    }
}
