import ConsoleCore
import Testing

@testable import ConsoleUI

/// The frame step renders once and still shows the state after its layout feedback: the
/// scrollable pane's extent reaches the store, and the frame is the one a second render of the
/// updated state would draw.
@Suite struct FrameStepTests {
    @Test(arguments: GoldenScreenTests.sizes)
    func aFrameIsTheStateAfterItsLayoutFeedback(size: Size) throws {
        for scene in [Scene.listWithDetail, Scene.reviewModify] {
            let session = SceneDriver.session(scene.state, size: size, options: scene.options)
            let before = try #require(ConsoleRenderer.scrollExtent(for: session.state, size: size, options: scene.options))
            #expect(!session.state.scrollPosition(of: before.area).holds(before), "the scene starts without the extent")
            let frame = session.frame()
            #expect(session.state.scrollPosition(of: before.area).holds(before), "the extent reached the store")
            #expect(frame == ConsoleRenderer.render(session.state, size: size, options: scene.options))
            #expect(session.frame() == frame, "a second frame of the same state is the same")
        }
    }

    @Test func keysMoveWhatTheFrameMeasured() throws {
        let size = Size(rows: 24, columns: 80)
        let session = SceneDriver.session(Scene.reviewModify.state, size: size, options: Scene.reviewModify.options)
        #expect(session.press(.end) == nil, "before a frame the review's extent is unknown, so End does nothing")
        let top = session.frame()
        #expect(session.press(.end) == .send(.scroll(.bottom)))
        let bottom = session.frame()
        #expect(bottom != top)
        let extent = try #require(ConsoleRenderer.scrollExtent(for: session.state, size: size))
        #expect(session.state.scrollPosition(of: .review).offset == extent.lines - extent.rows)
    }
}
