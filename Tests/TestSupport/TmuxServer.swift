import Foundation

/// A tmux server of its own (private socket, no configuration file) with one window running a
/// command: the real terminal programs are tested in. The server is killed when this goes.
public final class TmuxServer: Sendable {
    /// The private socket name (`tmux -L`).
    public let socket = "ocpbackup-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    /// The session name, for `-t` in commands given to `run`.
    public let target = "test"

    /// Starts `command` (run by `sh -c`) in a detached session of `columns`×`rows`.
    public init(command: String, columns: Int = 100, rows: Int = 30) throws {
        // The server keeps the descriptors it inherits; its output is not read, so it gets none.
        let pid = try ChildProcess.start(
            tmuxArguments(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "-s", target, command]))
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0, errno == EINTR {}
    }

    deinit {
        _ = try? ChildProcess.output(tmuxArguments(["kill-server"]))
    }

    /// Runs a tmux command on this server and returns what it printed.
    @discardableResult
    public func run(_ arguments: [String]) throws -> String {
        try ChildProcess.output(tmuxArguments(arguments))
    }

    /// The pane's text.
    public func capture() -> String {
        (try? run(["capture-pane", "-p", "-t", target])) ?? ""
    }

    /// The pane's text with its colours and attributes as escape sequences.
    public func captureWithAttributes() -> String {
        (try? run(["capture-pane", "-p", "-e", "-t", target])) ?? ""
    }

    /// A tmux format for the pane, such as `#{alternate_on}`.
    public func format(_ format: String) -> String {
        ((try? run(["display-message", "-p", "-t", target, format])) ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Sends keys as tmux names them (`q`, `Enter`, `C-z`, `Down`).
    public func send(_ keys: String...) throws {
        try run(["send-keys", "-t", target] + keys)
    }

    /// Types `text` literally.
    public func type(_ text: String) throws {
        try run(["send-keys", "-t", target, "-l", text])
    }

    /// Resizes the window (and so the pane) to `columns`×`rows`.
    public func resize(columns: Int, rows: Int) throws {
        try run(["resize-window", "-t", target, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The pid of the pane's first process (the shell or program the session started).
    public var panePid: pid_t? { Int32(format("#{pane_pid}")) }

    /// Waits until `condition` holds, checking every 20 ms for at most `limit`; returns
    /// whether it held. The condition runs on the caller's thread, so it must be cheap (a file,
    /// `/proc`); for what the pane shows use ``waitForScreen(_:_:)``, which reads it off the pool.
    public func waitUntil(_ limit: Duration = .seconds(30), _ condition: () -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + limit
        repeat {
            if condition() { return true }
            try? await Task.sleep(for: .milliseconds(20))
        } while ContinuousClock.now < deadline
        return condition()
    }

    /// Waits until `condition` holds for the pane's text, captured every 20 ms for at most
    /// `limit` on a thread of its own (never blocking the cooperative pool); returns whether it held.
    public func waitForScreen(_ limit: Duration = .seconds(30), _ condition: (String) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + limit
        repeat {
            if condition(await captureOffThePool()) { return true }
            try? await Task.sleep(for: .milliseconds(20))
        } while ContinuousClock.now < deadline
        return condition(await captureOffThePool())
    }

    private func captureOffThePool() async -> String {
        (try? await OffThePool.run { self.capture() }) ?? ""
    }

    /// Waits until the pane shows `text`.
    public func waitFor(_ text: String, limit: Duration = .seconds(30)) async -> Bool {
        await waitForScreen(limit) { $0.contains(text) }
    }

    private func tmuxArguments(_ arguments: [String]) -> [String] {
        ["tmux", "-L", socket, "-f", "/dev/null"] + arguments
    }
}
