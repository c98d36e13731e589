import ConsoleTerminal
import ConsoleUI
import Foundation
import Logging

/// A `CursesScreen` drawing into a temporary file, with the file's growth as the byte count a
/// terminal would have received.
final class ScreenFile {
    let path: String
    let screen: CursesScreen

    init(size: Size, theme: Theme = .standard, inputDescriptor: Int32? = nil, mouse: Bool = false) throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-screen-\(UUID().uuidString).out").path
        let configuration = ScreenConfiguration(theme: theme, mouse: mouse, locale: "C.UTF-8")
        screen = try CursesScreen(
            outputPath: path, inputDescriptor: inputDescriptor, size: size, configuration: configuration,
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() })
        )
    }

    deinit {
        screen.close()
        try? FileManager.default.removeItem(atPath: path)
    }

    /// The size of the output file now.
    var byteCount: Int {
        var status = stat()
        guard stat(path, &status) == 0 else { return -1 }
        return Int(status.st_size)
    }

    /// The bytes written while `body` runs.
    func bytesWritten(_ body: () -> Void) -> Int {
        let before = byteCount
        body()
        return byteCount - before
    }
}
