// A small program for the terminal tests: it opens the console's screen on the real terminal,
// shows its size and the last key, and reacts to a few keys, so a test in tmux can check that
// every way out (q, a crash, a signal) leaves the terminal as it found it.
//
//   q      quit normally          c  crash (a Swift trap, SIGILL/SIGTRAP)
//   Ctrl-Z suspend                Ctrl-L  redraw
import ConsoleTerminal
import ConsoleUI
import Glibc
import Logging

let logger = Logger(label: "ocpbackup.terminal-probe", factory: { _ in SwiftLogNoOpLogHandler() })
let arguments = CommandLine.arguments.dropFirst()
let configuration = ScreenConfiguration(
    theme: getenv("NO_COLOR") != nil ? .monochrome : .standard,
    mouse: arguments.contains("--mouse")
)

func frame(size: Size, lastKey: String, lines: LineSet) -> ScreenBuffer {
    var buffer = ScreenBuffer(size: size)
    buffer.box(Rect(row: 0, column: 0, size: size), lines: lines, title: "terminal probe")
    buffer.put("PROBE READY \(size.columns)x\(size.rows) pid \(getpid()) .", row: 1, column: 2, role: .ok)
    buffer.put("last key: \(lastKey)", row: 2, column: 2)
    buffer.put("备份 q:quit c:crash", row: 3, column: 2, role: .muted)
    return buffer
}

let screen: CursesScreen
do {
    screen = try CursesScreen(configuration: configuration, logger: logger)
} catch {
    let message = "terminal probe: \(error)\n"
    _ = message.withCString { write(STDERR_FILENO, $0, strlen($0)) }
    exit(2)
}
let events = try TerminalEventSource(screen: screen, wakeUpPipe: WakeUpPipe())
var lastKey = "none"
screen.present(frame(size: screen.size, lastKey: lastKey, lines: screen.lineSet))
loop: while true {
    switch events.nextEvent() {
    case .key(.character("q")), .inputClosed:
        break loop
    case .key(.character("c")):
        let crashIndex = Int(getpid()) % 1 + 5
        let empty: [Int] = []
        lastKey = "\(empty[crashIndex])"
    case .key(.control("z")):
        screen.suspend()
    case .key(.control("l")):
        screen.forceRedraw()
    case .key(let key):
        lastKey = "\(key)"
    case .resize, .wake, .timeout:
        break
    }
    screen.present(frame(size: screen.size, lastKey: lastKey, lines: screen.lineSet))
}
screen.close()
print("terminal probe: bye")
