import Foundation

/// The environment of a console under measurement: the simulator's address and demo AccessKey
/// (the secret in the environment, never in `argv`), `TERM`, and a scratch state directory.
enum ConsoleEnvironment {
    /// The environment for a console talking to `url`, keeping its files under `home`.
    static func forSimulator(_ url: String, home: String) -> [String: String] {
        [
            "TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "HOME": home, "XDG_STATE_HOME": home + "/state",
            "XDG_CONFIG_HOME": home + "/config", "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "OCP_URL": url, "OCP_ACCESS_KEY_ID": "ocpDemoAccessKey1", "OCP_ACCESS_KEY_SECRET": "0123456789abcdef0123456789abcdef",
        ]
    }

    /// A fresh scratch directory.
    static func scratchDirectory() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-bench-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }
}
