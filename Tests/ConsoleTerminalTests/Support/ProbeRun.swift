import Foundation
import TestSupport
import Testing

/// The terminal probe started in a tmux pane by a bash script with job control (as in an
/// interactive shell, the probe gets a process group of its own, so Ctrl-Z can stop it; the
/// script waits for Enter before `fg`), which records `stty -g` before and after the probe and
/// its exit status, then keeps the pane open. (The `INT` trap keeps bash itself from exiting
/// when the probe dies of `SIGINT`; children still get the default action.)
final class ProbeRun {
    let session: TmuxServer
    let directory: URL
    let pid: Int32

    init(arguments: String = "", sourceLocation: SourceLocation = #_sourceLocation) async throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-probe-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let script = """
            set -m
            trap : INT
            ulimit -c 0
            stty -g > \(directory.path)/before
            \(try BuiltProduct.path("ocpbackup-terminal-probe")) \(arguments)
            status=$?
            while [ "$status" -eq 148 ]; do echo "probe stopped"; read -r _; fg; status=$?; done
            echo $status > \(directory.path)/status.partial
            stty -g > \(directory.path)/after
            mv \(directory.path)/status.partial \(directory.path)/status
            exec cat
            """
        try script.write(to: directory.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        session = try TmuxServer(command: "bash \(directory.path)/run.sh", columns: 100, rows: 30)
        var found: Int32?
        let ready = await session.waitForScreen { screen in
            found = Self.pid(in: screen)
            return found != nil
        }
        try #require(ready, "the probe did not start: \(session.capture())", sourceLocation: sourceLocation)
        pid = found ?? 0
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// Whether the probe process is stopped (state `T` in `/proc/PID/stat`).
    var isStopped: Bool {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
            let close = stat.lastIndex(of: ")")
        else { return false }
        return stat[close...].dropFirst(2).first == "T"
    }

    /// Waits for the script to record the probe's exit status and returns it.
    func waitForExitStatus(sourceLocation: SourceLocation = #_sourceLocation) async throws -> Int {
        let statusFile = directory.appendingPathComponent("status").path
        let finished = await session.waitUntil { FileManager.default.fileExists(atPath: statusFile) }
        try #require(finished, "the probe did not exit: \(session.capture())", sourceLocation: sourceLocation)
        let text = try String(contentsOfFile: statusFile, encoding: .utf8)
        return Int(text.trimmingCharacters(in: .whitespacesAndNewlines)) ?? -1
    }

    /// Checks the terminal is back as it was: same `stty -g`, alternate screen off, cursor
    /// visible, normal cursor keys, mouse tracking off.
    func expectRestored(sourceLocation: SourceLocation = #_sourceLocation) {
        let before = try? String(contentsOf: directory.appendingPathComponent("before"), encoding: .utf8)
        let after = try? String(contentsOf: directory.appendingPathComponent("after"), encoding: .utf8)
        #expect(before != nil && before == after, "stty -g before \(before ?? "-") after \(after ?? "-")", sourceLocation: sourceLocation)
        let flags = session.format("#{alternate_on} #{cursor_flag} #{keypad_cursor_flag} #{mouse_any_flag}")
        #expect(flags == "0 1 0 0", "alternate, cursor, keypad cursor, mouse: \(flags)", sourceLocation: sourceLocation)
    }

    static func pid(in screen: String) -> Int32? {
        guard let range = screen.range(of: "PROBE READY") else { return nil }
        let words = screen[range.upperBound...].split(whereSeparator: { $0 == " " || $0 == "\n" })
        guard let index = words.firstIndex(of: "pid"), words.index(after: index) < words.endIndex else { return nil }
        return Int32(words[words.index(after: index)])
    }
}
