import Foundation

extension Tmux {
    /// Sends many keys (tmux names) with one `send-keys`.
    func send(keys: [String]) throws {
        _ = try Spawn.output(["tmux", "-L", socket, "-f", "/dev/null", "send-keys", "-t", "e2e"] + keys)
    }
}
