import ConsoleUI
import Foundation
import Synchronization

/// One line of progress: on a terminal redrawn in place (`\r`, clear to the end of the line),
/// cut to the terminal's width so it never wraps; elsewhere (a pipe, a log file) one line per
/// change, so a log reads as a history.
final class ProgressDisplay: Sendable {
    /// Whether the line is redrawn in place.
    let redraws: Bool
    private let width: Int
    private let write: @Sendable (String) -> Void
    private let state = Mutex<(key: String?, drawn: Bool)>((nil, false))

    /// A display writing through `write`; `redraws` on a terminal `width` cells wide.
    init(redraws: Bool, width: Int = 80, write: @escaping @Sendable (String) -> Void) {
        self.redraws = redraws
        self.width = max(20, width)
        self.write = write
    }

    /// The display for standard output (or standard error): redrawn when it is a terminal.
    /// Standard output goes through the same buffer as `print`, flushed at once, so the
    /// progress lines and the lines printed around them keep their order in a pipe.
    static func standard(error: Bool = false) -> ProgressDisplay {
        let descriptor = error ? STDERR_FILENO : STDOUT_FILENO
        return ProgressDisplay(redraws: isatty(descriptor) != 0, width: TerminalWidth.of(descriptor) ?? 80) { text in
            if error {
                FileHandle.standardError.write(Data(text.utf8))
            } else {
                print(text, terminator: "")
                fflush(nil)
            }
        }
    }

    /// Shows `line`; `key` is what counts as a change (without the clock that ticks in the line).
    func show(_ line: String, key: String) {
        let text: String? = state.withLock { state in
            if redraws {
                state.drawn = true
                return "\r\u{1B}[2K" + DisplayWidth.truncate(line, toWidth: width - 1)
            }
            guard state.key != key else { return nil }
            state.key = key
            return line + "\n"
        }
        if let text { write(text) }
    }

    /// Wipes a redrawn line, so what follows is written where it was.
    func clear() {
        if takeDrawn() { write("\r\u{1B}[2K") }
    }

    /// Ends a redrawn line, so what follows starts on a line of its own.
    func finish() {
        if takeDrawn() { write("\n") }
    }

    /// Whether a line is drawn, marking it gone.
    private func takeDrawn() -> Bool {
        state.withLock { state in
            defer { state.drawn = false }
            return state.drawn
        }
    }
}

/// The width of the terminal on a file descriptor.
enum TerminalWidth {
    /// The columns `TIOCGWINSZ` reports, or `nil` when it is not a terminal.
    static func of(_ descriptor: Int32) -> Int? {
        var size = winsize()
        guard ioctl(descriptor, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return nil }
        return Int(size.ws_col)
    }
}
