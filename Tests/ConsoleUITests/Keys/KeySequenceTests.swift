import ConsoleCore
import Testing

@testable import ConsoleUI

/// Long deterministic key sequences through the console's frame step (the key map, the reducer
/// and the renderer): every frame draws, keeps its size and holds no control character.
@Suite struct KeySequenceTests {
    /// SplitMix64, so the sequence is the same on every run.
    struct Generator: RandomNumberGenerator {
        var state: UInt64

        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var value = state
            value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
            value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
            return value ^ (value >> 31)
        }
    }

    @Test(arguments: [Scene.listWithDetail, Scene.scheduleMonth, Scene.reviewCreate], [UInt64(1), 7, 42])
    func randomKeysNeverBreakAFrame(scene: Scene, seed: UInt64) {
        let sizes = [Size(rows: 24, columns: 80), Size(rows: 40, columns: 120), Size(rows: 8, columns: 30)]
        var session = SceneDriver.session(scene.state, size: sizes[0])
        var random = Generator(state: seed)
        let keys = KeyMapGenerationTests.probes + [.character("日"), .character("\u{7F}"), .function(1), .unknown(999)]
        var commands = 0
        for step in 0..<300 {
            let key = keys[Int(random.next() % UInt64(keys.count))]
            if case .send? = session.press(key) { commands += 1 }
            // Where the console would end, or would wait for OCP's answer to a change (effects are
            // dropped here, so none comes), it starts again from the scene.
            if session.shouldQuit || Self.waitsForAnAnswer(session.state) { session = SceneDriver.session(scene.state, size: session.size) }
            let size = sizes[step % sizes.count]
            session.resize(to: size)
            let screen = session.frame()
            #expect(screen.size == size)
            #expect(!screen.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        }
        #expect(commands > 50)
    }

    /// Whether an operation's change was sent and only its answer moves the dialog on.
    static func waitsForAnAnswer(_ state: ConsoleState) -> Bool {
        guard case .operation(let dialog)? = state.dialog else { return false }
        switch dialog.step {
        case .reading, .sending, .rereading: return true
        case .choosing, .confirming, .finished: return false
        }
    }
}
