import Foundation

extension Tmux {
    /// Runs any tmux command on this server; returns its output.
    @discardableResult
    func raw(_ arguments: [String]) throws -> String {
        try Spawn.output(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// Appends everything the pane's program writes from now on to `path`, byte for byte.
    func recordOutput(to path: String) throws {
        try raw(["pipe-pane", "-o", "-t", "e2e", "cat >> '\(path)'"])
    }
}
