import Foundation

/// Runs the built `ocpbackup` executable as a user would, with a controlled environment.
struct CommandRunner {
    /// What a run produced.
    struct Outcome {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    /// A private HOME and XDG directories, so no user configuration leaks in.
    let home: URL
    /// Extra environment variables.
    var environment: [String: String] = [:]

    init() throws {
        home = FileManager.default.temporaryDirectory.appendingPathComponent("ocpbackup-cmd-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
    }

    /// The executable built beside the test bundle.
    static var executable: URL {
        if let override = ProcessInfo.processInfo.environment["OCPBACKUP_BIN"] { return URL(fileURLWithPath: override) }
        let bundle = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        return bundle.appendingPathComponent("ocpbackup")
    }

    /// Writes a file in the private home with the given mode.
    func write(_ name: String, _ text: String, mode: Int = 0o600) throws -> String {
        let url = home.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
        try FileManager.default.setAttributes([.posixPermissions: mode], ofItemAtPath: url.path)
        return url.path
    }

    /// The child's whole environment: a private HOME and XDG directories plus `environment`.
    var processEnvironment: [String: String] {
        var env = [
            "HOME": home.path, "XDG_CONFIG_HOME": home.appendingPathComponent("config").path,
            "XDG_STATE_HOME": home.appendingPathComponent("state").path, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8",
        ]
        env.merge(environment) { _, new in new }
        return env
    }

    /// Runs `ocpbackup arguments…` with standard input from `/dev/null` and waits for it
    /// without blocking a thread (the simulator may be serving it from this process).
    func run(_ arguments: [String]) async throws -> Outcome {
        let process = Process()
        process.executableURL = Self.executable
        process.arguments = arguments
        process.environment = processEnvironment
        let out = home.appendingPathComponent("stdout-\(UUID().uuidString)")
        let err = home.appendingPathComponent("stderr-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: out.path, contents: nil)
        _ = FileManager.default.createFile(atPath: err.path, contents: nil)
        process.standardOutput = try FileHandle(forWritingTo: out)
        process.standardError = try FileHandle(forWritingTo: err)
        process.standardInput = FileHandle(forReadingAtPath: "/dev/null")
        let exited = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in
            exited.continuation.yield()
            exited.continuation.finish()
        }
        try process.run()
        for await _ in exited.stream {}
        return Outcome(
            status: process.terminationStatus,
            stdout: (try? String(contentsOf: out, encoding: .utf8)) ?? "",
            stderr: (try? String(contentsOf: err, encoding: .utf8)) ?? "")
    }
}
