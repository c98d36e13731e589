import Foundation

/// A tmux server of its own (private socket, no configuration file) running one pane, for
/// tests that need a real terminal.
final class TmuxSession {
    let socketName = "ocpbackup-test-\(getpid())-\(UUID().uuidString.prefix(8))"

    init(command: String, columns: Int, rows: Int) throws {
        // The server this starts keeps its inherited descriptors, so its output is not read.
        try run(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "probe", command], readsOutput: false)
    }

    deinit {
        _ = try? run(["kill-server"])
    }

    /// Runs `tmux` with `arguments` on this session's server and returns what it printed.
    @discardableResult
    func run(_ arguments: [String], readsOutput: Bool = true) throws -> String {
        try ChildProcess.run(["tmux", "-L", socketName, "-f", "/dev/null"] + arguments, readsOutput: readsOutput)
    }

    /// The text of the pane.
    func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", "probe"])) ?? ""
    }

    /// A tmux format evaluated for the pane, such as `#{alternate_on}`.
    func format(_ format: String) -> String {
        ((try? run(["display-message", "-p", "-t", "probe", format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends keys as `tmux send-keys` names them (`q`, `C-z`).
    func sendKeys(_ keys: String...) throws {
        try run(["send-keys", "-t", "probe"] + keys)
    }

    /// Waits until `condition` holds, checking again whenever 20 ms have passed, for at most
    /// `limit`; returns whether it held.
    func waitUntil(_ limit: Duration = .seconds(30), _ condition: () -> Bool) -> Bool {
        let deadline = ContinuousClock.now + limit
        while ContinuousClock.now < deadline {
            if condition() { return true }
            usleep(20_000)
        }
        return condition()
    }
}
