import ConsoleUI
import Testing

@testable import ConsoleTerminal

extension TerminalTests {
    /// The bytes the signal handlers write, looked up in terminfo (xterm-256color here).
    @Suite struct RestoreSequenceTests {
        @Test func restoreBytesLeaveTheAlternateScreenShowTheCursorAndResetAttributes() throws {
            let file = try ScreenFile(size: Size(rows: 24, columns: 80))
            let text = String(decoding: RestoreSequence.bytes(mouseWasEnabled: false), as: UTF8.self)
            #expect(text.contains("\u{1B}[?1049l"))
            #expect(text.contains("\u{1B}[?25h"))
            #expect(text.contains("\u{1B}[m") || text.contains("\u{1B}(B\u{1B}[m"))
            #expect(text.contains("\u{1B}[?1l"))
            #expect(!text.contains("1000l"))
            #expect(text.hasSuffix("\r\n"))
            let withMouse = String(decoding: RestoreSequence.bytes(mouseWasEnabled: true), as: UTF8.self)
            #expect(withMouse.contains(RestoreSequence.mouseTrackingOff))
            _ = file
        }

        @Test func paddingIsRemovedFromCapabilityStrings() {
            #expect(RestoreSequence.removingPadding("\u{1B}[?5h$<100/>\u{1B}[?5l") == "\u{1B}[?5h\u{1B}[?5l")
            #expect(RestoreSequence.removingPadding("cost $5") == "cost $5")
        }
    }
}
