import Foundation
import TestSupport
import Testing

/// The built `ocpbackup` in a tmux pane, started by a shell script that records `stty -g`
/// before and after it and its exit status, then keeps the pane open to be inspected. It runs
/// in the run's own temporary directory, so files it writes there (exports) go when the run does.
final class ConsoleRun {
    let tmux: TmuxServer
    let directory: URL

    /// Runs `ocpbackup arguments…` with exactly `environment` in a `columns`×`rows` pane.
    init(_ arguments: [String], environment: [String: String], columns: Int = 100, rows: Int = 30) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let exports = environment.sorted { $0.key < $1.key }.map { "export \($0.key)=\(Self.quoted($0.value))" }
        let command = ([try BuiltProduct.ocpbackup()] + arguments).map(Self.quoted).joined(separator: " ")
        let script = """
            trap : INT
            ulimit -c 0
            \(exports.joined(separator: "\n"))
            cd \(directory.path)
            stty -g > \(directory.path)/before
            \(command) 2> \(directory.path)/stderr
            echo $? > \(directory.path)/status.partial
            stty -g > \(directory.path)/after
            mv \(directory.path)/status.partial \(directory.path)/status
            exec cat
            """
        try script.write(to: directory.appendingPathComponent("run.sh"), atomically: true, encoding: .utf8)
        // `env -i`: the pane sees only `environment`, not what the test runner has (such as NO_COLOR).
        tmux = try TmuxServer(command: "env -i /bin/sh \(directory.path)/run.sh", columns: columns, rows: rows)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    /// The console's process id: the child of the pane's shell.
    var consolePid: pid_t? {
        guard let shell = tmux.panePid,
            let children = try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)
        else { return nil }
        return children.split(separator: " ").first.flatMap { Int32($0) }
    }

    /// The console's exit status once the script recorded it, or `nil` after `limit`.
    func exitStatus(limit: Duration = .seconds(60)) async -> Int? {
        let path = directory.appendingPathComponent("status").path
        let deadline = ContinuousClock.now + limit
        repeat {
            if let text = try? String(contentsOfFile: path, encoding: .utf8) {
                return Int(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            try? await Task.sleep(for: .milliseconds(50))
        } while ContinuousClock.now < deadline
        return nil
    }

    /// What the console wrote to standard error.
    var standardError: String {
        (try? String(contentsOf: directory.appendingPathComponent("stderr"), encoding: .utf8)) ?? ""
    }

    /// Closes the wizard (Escape), quits (q), and expects exit status 0 and the terminal as it was.
    func closeTheWizardAndQuit(sourceLocation: SourceLocation = #_sourceLocation) async throws {
        try tmux.send("Escape")
        #expect(await tmux.waitFor(" q quit"), "the wizard did not close: \(tmux.capture())", sourceLocation: sourceLocation)
        try tmux.send("q")
        #expect(await exitStatus() == 0, "stderr: \(standardError)", sourceLocation: sourceLocation)
        expectRestored(sourceLocation: sourceLocation)
    }

    /// Checks the terminal is as it was: the same `stty -g`, the alternate screen off and the
    /// cursor visible.
    func expectRestored(sourceLocation: SourceLocation = #_sourceLocation) {
        let before = try? String(contentsOf: directory.appendingPathComponent("before"), encoding: .utf8)
        let after = try? String(contentsOf: directory.appendingPathComponent("after"), encoding: .utf8)
        #expect(before != nil && before == after, "stty -g before \(before ?? "-") after \(after ?? "-")", sourceLocation: sourceLocation)
        let flags = tmux.format("#{alternate_on} #{cursor_flag} #{mouse_any_flag}")
        #expect(flags == "0 1 0", "alternate screen, cursor, mouse: \(flags)", sourceLocation: sourceLocation)
    }

    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
