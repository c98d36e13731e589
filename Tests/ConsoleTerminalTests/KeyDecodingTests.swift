import ConsoleTerminal
import ConsoleUI
import Glibc
import Testing

extension TerminalTests {
    /// Keys decoded from the bytes a terminal sends, fed through a pipe as the screen's input.
    @Suite struct KeyDecodingTests {
        /// Writes `bytes` into the input of a screen, closes it, and collects the events until
        /// the input ends.
        func events(from bytes: String, mouse: Bool = false) throws -> [TerminalEvent] {
            try events(from: Array(bytes.utf8), mouse: mouse)
        }

        func events(from data: [UInt8], mouse: Bool = false) throws -> [TerminalEvent] {
            var descriptors: [Int32] = [-1, -1]
            try #require(pipe(&descriptors) == 0)
            let file = try ScreenFile(size: Size(rows: 24, columns: 80), inputDescriptor: descriptors[0], mouse: mouse)
            let source = try TerminalEventSource(screen: file.screen, wakeUpPipe: WakeUpPipe())
            try #require(write(descriptors[1], data, data.count) == data.count)
            close(descriptors[1])
            var events: [TerminalEvent] = []
            while events.count < data.count + 1 {
                let event = source.nextEvent()
                if event == .inputClosed { break }
                events.append(event)
            }
            return events
        }

        @Test func cursorAndEditingKeys() throws {
            let events = try events(from: "\u{1B}OA\u{1B}OB\u{1B}OC\u{1B}OD\u{1B}OH\u{1B}OF\u{1B}[5~\u{1B}[6~\u{1B}[3~\u{1B}[2~")
            let expected: [Key] = [.up, .down, .right, .left, .home, .end, .pageUp, .pageDown, .delete, .insert]
            #expect(events == expected.map(TerminalEvent.key))
        }

        /// tmux and screen send VT220 Home/End, rxvt its own, xterm two more: all of them are
        /// Home and End whatever `TERM` says (here xterm-256color, which names only `ESC OH`/`ESC OF`).
        @Test func homeAndEndInEveryDialect() throws {
            let events = try events(from: "\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF")
            let expected: [Key] = [.home, .end, .home, .end, .home, .end, .home, .end]
            #expect(events == expected.map(TerminalEvent.key))
        }

        @Test func functionKeys() throws {
            let events = try events(from: "\u{1B}OP\u{1B}OQ\u{1B}OR\u{1B}OS\u{1B}[15~\u{1B}[24~")
            #expect(events == [1, 2, 3, 4, 5, 12].map { TerminalEvent.key(.function($0)) })
        }

        @Test func tabShiftTabEnterBackspaceAndControlLetters() throws {
            let events = try events(from: "\t\u{1B}[Z\r\u{7F}\u{0C}\u{1A}")
            let expected: [Key] = [.tab, .backTab, .enter, .backspace, .control("l"), .control("z")]
            #expect(events == expected.map(TerminalEvent.key))
        }

        @Test func altCharacterAndALoneEscape() throws {
            let events = try events(from: "\u{1B}xj\u{1B}")
            #expect(events == [.key(.alt("x")), .key(.character("j")), .key(.escape)])
        }

        @Test func unicodeCharacters() throws {
            let events = try events(from: "备é/")
            #expect(events == [.key(.character("备")), .key(.character("é")), .key(.character("/"))])
        }

        /// SGR mouse reports (xterm-256color's `kmous` is `ESC [ <`): a left press and release at
        /// column 10, row 5 (1-based), then a wheel turn up, all arriving together.
        @Test func mouseReportsBecomeMouseEventsWhenMouseInputIsOn() throws {
            let events = try events(from: "\u{1B}[<0;10;5M\u{1B}[<0;10;5m\u{1B}[<64;3;2M", mouse: true)
            let expected = [
                MouseEvent(kind: .press(button: 1), position: CellPosition(row: 4, column: 9)),
                MouseEvent(kind: .release(button: 1), position: CellPosition(row: 4, column: 9)),
                MouseEvent(kind: .scrollUp, position: CellPosition(row: 1, column: 2)),
            ]
            #expect(events == expected.map { TerminalEvent.key(.mouse($0)) })
        }

        @Test func withoutMouseInputAMouseReportIsNotAMouseEvent() throws {
            let events = try events(from: "\u{1B}[<0;10;5M")
            #expect(!events.contains { if case .key(.mouse) = $0 { true } else { false } })
        }

        /// `/dev/null` is always readable and never has anything to read; the loop must not spin.
        @Test func inputAtItsEndIsReportedInsteadOfPolledForever() throws {
            let file = try ScreenFile(size: Size(rows: 24, columns: 80))
            let source = try TerminalEventSource(screen: file.screen, wakeUpPipe: WakeUpPipe())
            #expect(source.nextEvent() == .inputClosed)
        }

        /// Arbitrary bytes (a fixed pseudo-random stream: invalid UTF-8, stray escapes, cut
        /// sequences) decode to at most one event per byte and end cleanly.
        @Test func arbitraryBytesNeverBreakTheDecoder() throws {
            var state: UInt64 = 0x5EED_0CB0
            var data: [UInt8] = []
            for _ in 0..<3000 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                data.append(UInt8(truncatingIfNeeded: state >> 56))
            }
            let events = try events(from: data, mouse: true)
            #expect(!events.isEmpty && events.count <= data.count)
        }

        @Test func aWakeUpReturnsWakeAndATimeoutReturnsTimeout() throws {
            var descriptors: [Int32] = [-1, -1]
            try #require(pipe(&descriptors) == 0)
            defer { close(descriptors[1]) }
            let file = try ScreenFile(size: Size(rows: 24, columns: 80), inputDescriptor: descriptors[0])
            let wakeUp = try WakeUpPipe()
            let source = try TerminalEventSource(screen: file.screen, wakeUpPipe: wakeUp)
            wakeUp.wake()
            wakeUp.wake()
            #expect(source.nextEvent() == .wake)
            #expect(source.nextEvent(timeout: .zero) == .timeout)
            _ = write(descriptors[1], "q", 1)
            #expect(source.nextEvent() == .key(.character("q")))
        }
    }

    @Suite struct KeyDecoderTableTests {
        @Test func controlCodesMapToNamedKeys() {
            #expect(KeyDecoder.key(forCharacter: 0x0A) == .enter)
            #expect(KeyDecoder.key(forCharacter: 0x08) == .backspace)
            #expect(KeyDecoder.key(forCharacter: 0x01) == .control("a"))
            #expect(KeyDecoder.key(forCharacter: 0x00) == .unknown(0))
            #expect(KeyDecoder.key(forCharacter: 0x9B) == .unknown(0x9B))
        }

        @Test func escapeBeforeAKeyCodeStaysAnEscape() {
            let decoded = KeyDecoder.decode([.character(0x1B), .keyCode(KeyDecoderTableTests.keyUp), .character(0x1B), .character(0x1B)])
            #expect(decoded == [.key(.escape), .key(.up), .key(.escape), .key(.escape)])
        }

        @Test func resizeIsPassedThrough() {
            #expect(KeyDecoder.decode([.resize, .character(0x71)]) == [.resize, .key(.character("q"))])
        }

        /// ncurses' `KEY_UP`, read through the decoder's own table.
        static let keyUp: Int32 = 0o403
    }
}
