import ConsoleTerminal
import ConsoleUI
import Glibc
import Testing

extension TerminalTests {
    /// The run loop over a screen drawn into a file, its keys fed through a pipe.
    @Suite struct RunLoopTests {
        /// What the handlers saw.
        final class Record {
            var keys: [Key] = []
            var renders = 0
            var wakes = 0
            var sizes: [Size] = []
            var quit = false
        }

        func handlers(_ record: Record, quitOn quitKey: Key? = nil, quitOnWake: Bool = false) -> LoopHandlers {
            LoopHandlers(
                render: { size in
                    record.renders += 1
                    var buffer = ScreenBuffer(size: size)
                    buffer.put("keys \(record.keys.count) wakes \(record.wakes)", row: 0, column: 0)
                    return buffer
                },
                handle: { key in
                    record.keys.append(key)
                    if key == quitKey { record.quit = true }
                    return .proceed
                },
                wake: {
                    record.wakes += 1
                    if quitOnWake { record.quit = true }
                },
                resized: { size in record.sizes.append(size) },
                shouldQuit: { record.quit })
        }

        @Test func keysWaitingTogetherAreHandledAsOneBatchAndQuitEndsTheLoop() throws {
            var descriptors: [Int32] = [-1, -1]
            try #require(pipe(&descriptors) == 0)
            defer { close(descriptors[1]) }
            let file = try ScreenFile(size: Size(rows: 24, columns: 80), inputDescriptor: descriptors[0])
            let loop = TerminalRunLoop(screen: file.screen, events: try TerminalEventSource(screen: file.screen, wakeUpPipe: WakeUpPipe()))
            let bytes = Array("abq".utf8)
            try #require(write(descriptors[1], bytes, bytes.count) == bytes.count)
            let record = Record()
            #expect(loop.run(handlers(record, quitOn: .character("q"))) == .quit)
            #expect(record.keys == [.character("a"), .character("b"), .character("q")])
            #expect(record.renders == 1, "only the first frame: the loop stops before drawing after quit")
            #expect(record.sizes == [Size(rows: 24, columns: 80)])
            #expect(file.screen.presentedRow(0).hasPrefix("keys 0 wakes 0"))
        }

        @Test func aWakeUpReachesTheProgram() throws {
            var descriptors: [Int32] = [-1, -1]
            try #require(pipe(&descriptors) == 0)
            defer { close(descriptors[1]) }
            let file = try ScreenFile(size: Size(rows: 24, columns: 80), inputDescriptor: descriptors[0])
            let wakeUpPipe = try WakeUpPipe()
            let loop = TerminalRunLoop(screen: file.screen, events: try TerminalEventSource(screen: file.screen, wakeUpPipe: wakeUpPipe))
            wakeUpPipe.wake()
            let record = Record()
            #expect(loop.run(handlers(record, quitOnWake: true)) == .quit)
            #expect(record.wakes == 1)
            #expect(record.keys.isEmpty)
        }

        @Test func theEndOfInputEndsTheLoop() throws {
            var descriptors: [Int32] = [-1, -1]
            try #require(pipe(&descriptors) == 0)
            let file = try ScreenFile(size: Size(rows: 24, columns: 80), inputDescriptor: descriptors[0])
            let loop = TerminalRunLoop(screen: file.screen, events: try TerminalEventSource(screen: file.screen, wakeUpPipe: WakeUpPipe()))
            let bytes = Array("x".utf8)
            try #require(write(descriptors[1], bytes, bytes.count) == bytes.count)
            close(descriptors[1])
            let record = Record()
            #expect(loop.run(handlers(record)) == .inputClosed)
            #expect(record.keys == [.character("x")])
        }
    }
}
