import Foundation

/// A tmux server of its own (private socket, no configuration file) with one pane running a
/// command: the real terminal the console is tested in.
final class Tmux {
    let socket = "ocpbackup-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"

    /// Starts `command` (run by `sh -c`) in a detached session of `columns`×`rows`.
    init(command: String, columns: Int = 100, rows: Int = 30) throws {
        // The server keeps the descriptors it inherits; its output is not read, so it gets none.
        let pid = try Spawn.start(tmuxArguments(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", "e2e", command]))
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    deinit {
        _ = try? Spawn.output(tmuxArguments(["kill-server"]))
    }

    /// The pane's text.
    func capture() -> String {
        (try? Spawn.output(tmuxArguments(["capture-pane", "-p", "-t", "e2e"]))) ?? ""
    }

    /// The pane's text with its colours and attributes as escape sequences.
    func captureWithAttributes() -> String {
        (try? Spawn.output(tmuxArguments(["capture-pane", "-p", "-e", "-t", "e2e"]))) ?? ""
    }

    /// A tmux format for the pane, such as `#{alternate_on}`.
    func format(_ format: String) -> String {
        ((try? Spawn.output(tmuxArguments(["display-message", "-p", "-t", "e2e", format]))) ?? "")
            .trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends keys as tmux names them (`q`, `Enter`, `C-z`, `Down`).
    func send(_ keys: String...) throws {
        _ = try Spawn.output(tmuxArguments(["send-keys", "-t", "e2e"] + keys))
    }

    /// Types `text` literally.
    func type(_ text: String) throws {
        _ = try Spawn.output(tmuxArguments(["send-keys", "-t", "e2e", "-l", text]))
    }

    /// Resizes the window (and so the pane) to `columns`×`rows`.
    func resize(columns: Int, rows: Int) throws {
        _ = try Spawn.output(tmuxArguments(["resize-window", "-t", "e2e", "-x", "\(columns)", "-y", "\(rows)"]))
    }

    /// Waits until `condition` holds for the pane's text, checking every 50 ms for at most
    /// `limit`; returns whether it held.
    func waitForScreen(_ limit: Duration = .seconds(30), _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + limit
        repeat {
            if condition(capture()) { return true }
            try? await Task.sleep(for: .milliseconds(50))
        } while ContinuousClock.now < deadline
        return condition(capture())
    }

    /// Waits until the pane shows `text`.
    func waitFor(_ text: String, limit: Duration = .seconds(30)) async -> Bool {
        await waitForScreen(limit) { $0.contains(text) }
    }

    private func tmuxArguments(_ arguments: [String]) -> [String] {
        ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
    }
}
