import ConsoleTerminal
import ConsoleUI
import Foundation
import Logging

/// A `CursesScreen` under `newterm` on a temporary file (`TERM=xterm-256color`, UTF-8): the
/// file's growth is what a terminal would have received.
final class ScreenCounter {
    /// The screen frames are presented on.
    let screen: CursesScreen
    private let path: String

    /// A screen of `size`.
    init(size: Size) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-bench-\(UUID().uuidString).out").path
        screen = try CursesScreen(
            outputPath: path, size: size, configuration: ScreenConfiguration(locale: "C.UTF-8"),
            logger: Logger(label: "bench", factory: { _ in SwiftLogNoOpLogHandler() }))
    }

    deinit {
        screen.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The bytes written so far.
    var byteCount: Int {
        var status = stat()
        return stat(path, &status) == 0 ? Int(status.st_size) : -1
    }

    /// The bytes written by presenting `frame`.
    func bytes(presenting frame: ScreenBuffer) -> Int {
        let before = byteCount
        screen.present(frame)
        return byteCount - before
    }
}
