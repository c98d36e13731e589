import Foundation

/// Where `ocpbackup` keeps its state: `$XDG_STATE_HOME/ocpbackup/` (default `~/.local/state/ocpbackup/`).
enum StatePaths {
    /// The state directory for an environment.
    static func directory(environment: [String: String]) -> String {
        let base =
            environment["XDG_STATE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/state")
        return base + "/ocpbackup"
    }

    /// The default log file.
    static func logFile(environment: [String: String]) -> String { directory(environment: environment) + "/ocpbackup.log" }

    /// The audit log.
    static func auditLog(environment: [String: String]) -> String { directory(environment: environment) + "/audit.jsonl" }

    /// Creates the parent directory of `path` with mode 0700 if it is missing.
    static func prepareParent(of path: String) throws {
        let parent = (path as NSString).deletingLastPathComponent
        try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
    }

    /// Opens `path` for appending, creating it with mode 0600.
    static func openForAppending(_ path: String) throws -> FileHandle {
        try prepareParent(of: path)
        let descriptor = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteNoPermission, userInfo: [NSFilePathErrorKey: path]) }
        return FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
    }
}
