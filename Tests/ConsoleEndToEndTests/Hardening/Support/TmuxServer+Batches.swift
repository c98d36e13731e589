import TestSupport

extension TmuxServer {
    /// Sends many keys (tmux names) with one `send-keys`.
    func send(keys: [String]) throws {
        try run(["send-keys", "-t", target] + keys)
    }
}
