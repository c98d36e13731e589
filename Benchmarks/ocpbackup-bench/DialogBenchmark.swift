import Foundation
import Glibc

/// Debian's `dialog --menu` showing the same list, measured with the same counter.
struct DialogBenchmark {
    /// The `dialog` executable.
    let binary: String

    /// Bytes per ↓ of a menu of `items` entries filling a terminal of `rows` × `columns`.
    func moveBytes(items: Int, rows: Int, columns: Int, moves: Int) throws -> MoveBytesResult {
        var arguments = [binary, "--menu", "Clusters", "\(rows)", "\(columns)", "\(rows - 7)"]
        for cluster in Fleet.clusters(items) {
            arguments += [cluster.name, "\(cluster.obVersion ?? "")  \(cluster.status?.rawValue ?? "")"]
        }
        let home = try ConsoleEnvironment.scratchDirectory()
        defer { try? FileManager.default.removeItem(atPath: home) }
        let environment = [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": home,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
        ]
        let dialog = try TerminalChild(arguments, environment: environment, rows: rows, columns: columns)
        defer { dialog.stop() }
        guard dialog.waitFor("Cancel", limit: .seconds(30)) != nil else { throw BenchError("dialog did not draw its menu") }
        let bytes = (0..<moves).map { _ in dialog.bytes(forKey: Keys.down) }
        return MoveBytesResult(program: "dialog --menu", size: "\(columns)x\(rows)", items: items, bytesPerMove: bytes)
    }
}
