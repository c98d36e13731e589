import Foundation
import OCPSimulator

/// A private home (config, state, drafts, log) for a console run against a simulator started
/// inside the test process, so a test can read the simulator's counters directly.
final class ConsoleHome {
    let root: URL

    /// Makes an empty home under the temporary directory.
    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-hardening-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }

    /// `$XDG_STATE_HOME/ocpbackup/drafts`.
    var draftsDirectory: URL { root.appendingPathComponent("state/ocpbackup/drafts") }

    /// The environment of `ocpbackup` for the simulator at `url`, signing with the demo AccessKey.
    func environment(url: String) -> [String: String] {
        [
            "HOME": root.path, "XDG_CONFIG_HOME": root.appendingPathComponent("config").path,
            "XDG_STATE_HOME": root.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
            "TERM": "xterm-256color", "OCP_URL": url, "OCP_ACCESS_KEY_ID": DemoCredentials.accessKeyId,
            "OCP_ACCESS_KEY_SECRET": DemoCredentials.accessKeySecret,
        ]
    }
}
